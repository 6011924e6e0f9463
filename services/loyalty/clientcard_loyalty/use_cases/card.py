"""The loyalty section of the unified card and `GET /clients/{id}/loyalty`."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit.ids import parse_id
from clientcard_loyalty import contracts
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import lots as lot_rules
from clientcard_loyalty.exceptions import CardInvalid
from clientcard_loyalty.use_cases.ledger import as_domain


def card_section(uow: LoyaltyUnitOfWork, client_id: str, *, now: datetime, transactions: int = 10) -> dict:
    """`{points, tier, cards, gift_cards, memberships, credits, expiring, transactions}`; a client with nothing gets zeros.

    Raises CardInvalid (422) for a client id that is not a UUID.
    """
    client = parse_client_id(client_id)
    with uow:
        return loyalty_status(uow, client, now, transactions=transactions)


def client_points(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime) -> dict:
    """Points, tier and what expires when: the headline of a client's loyalty."""
    lots = [as_domain(lot) for lot in uow.lots.for_client(client_id)]
    today = now.date()
    return contracts.points_summary(
        client_id, lot_rules.balance(lots, today), uow.tiers.get(client_id), lot_rules.expiring(lots, today)
    )


def loyalty_status(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime, *, transactions: int = 50) -> dict:
    """Everything the client holds: the card section's shape, with recent transactions."""
    summary = client_points(uow, client_id, now)
    today = now.date()
    per_card: dict[uuid.UUID, int] = {}
    for lot in uow.lots.for_client(client_id):
        if lot.points_remaining > 0 and lot.expires_on > today:
            per_card[lot.card_id] = per_card.get(lot.card_id, 0) + lot.points_remaining
    return contracts.loyalty_section(
        summary,
        uow.cards.for_client(client_id),
        per_card,
        uow.transactions.for_client(client_id, limit=transactions),
        today=today,
    )


def parse_client_id(client_id: str) -> uuid.UUID:
    """Raises CardInvalid (422) for a client id that is not a UUID."""
    # a 422, not the path rule's 404: the answer tests and clients already rely on
    return parse_id(client_id, field="client_id", invalid=CardInvalid)
