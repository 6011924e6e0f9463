"""The loyalty section of the unified card."""
from __future__ import annotations

import uuid

from clientcard_loyalty.db.uow import LoyaltyUnitOfWork


def card_section(uow: LoyaltyUnitOfWork, client_id: str) -> dict:
    """Points, tier and cards held by the client."""
    with uow:
        cards = uow.cards.for_client(uuid.UUID(str(client_id)))
        return {
            "points": sum(card.points for card in cards if card.type == "loyalty"),
            "tier": None,
            "cards": [{"id": str(c.id), "type": c.type, "number": c.number, "points": c.points} for c in cards],
            "gift_cards": [],
            "memberships": [],
            "credits": [],
            "expiring": [],
        }
