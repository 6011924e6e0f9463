"""The loyalty section of the unified card and `GET /clients/{id}/loyalty`."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit.ids import parse_id
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.exceptions import CardInvalid
from clientcard_loyalty.use_cases.views import loyalty_status


def card_section(uow: LoyaltyUnitOfWork, client_id: str, *, now: datetime, transactions: int = 10) -> dict:
    """`{points, tier, cards, gift_cards, memberships, credits, expiring, transactions}`; a client with nothing gets zeros.

    Raises CardInvalid (422) for a client id that is not a UUID.
    """
    client = parse_client_id(client_id)
    with uow:
        return loyalty_status(uow, client, now, transactions=transactions)


def parse_client_id(client_id: str) -> uuid.UUID:
    """Raises CardInvalid (422) for a client id that is not a UUID."""
    # a 422, not the path rule's 404: the answer tests and clients already rely on
    return parse_id(client_id, field="client_id", invalid=CardInvalid)
