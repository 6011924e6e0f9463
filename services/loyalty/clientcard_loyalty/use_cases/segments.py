"""A tier's members, for messaging's campaign segments."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_loyalty.db.models import ClientTier
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork


def clients_in_tier(uow: LoyaltyUnitOfWork, tier: str) -> list[str]:
    """Ids of every client whose current tier is `tier`."""
    with uow:
        return [str(c) for c in uow.session.scalars(sa.select(ClientTier.client_id).where(ClientTier.tier == tier))]
