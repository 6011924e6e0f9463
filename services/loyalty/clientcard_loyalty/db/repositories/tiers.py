"""Each client's tier, and how far the hourly roll of tiers got."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, union, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import ClientTier, PaymentEarning, TierRoll

ROLL = 1  # the one row of tier_rolls


class TierRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, client_id: uuid.UUID) -> str | None:
        return self._session.scalar(select(ClientTier.tier).where(ClientTier.client_id == client_id))

    def lock(self, client_id: uuid.UUID, now: datetime) -> str | None:
        """The client's tier, its row locked so concurrent recomputations announce a change once."""
        self._session.execute(insert(ClientTier).values(client_id=client_id, tier=None, changed_at=now).on_conflict_do_nothing())
        return self._session.scalar(select(ClientTier.tier).where(ClientTier.client_id == client_id).with_for_update())

    def set(self, client_id: uuid.UUID, tier: str | None, now: datetime) -> None:
        self._session.execute(
            insert(ClientTier)
            .values(client_id=client_id, tier=tier, changed_at=now)
            .on_conflict_do_update(index_elements=["client_id"], set_={"tier": tier, "changed_at": now})
        )

    def clients_with_spend_recorded_between(self, start: datetime, end: datetime) -> list[uuid.UUID]:
        """Clients with a payment counted for tiers recorded in `[start, end)`, in id order."""
        query = (
            select(PaymentEarning.client_id)
            .where(
                PaymentEarning.counts_for_tier.is_(True),
                PaymentEarning.recorded_at >= start,
                PaymentEarning.recorded_at < end,
            )
            .distinct()
            .order_by(PaymentEarning.client_id)
        )
        return list(self._session.scalars(query))

    def clients_with_a_tier_or_spend_since(self, since: datetime) -> list[uuid.UUID]:
        """Clients who have a tier, or a payment counted for tiers recorded at or after `since`, in id order."""
        tiered = select(ClientTier.client_id).where(ClientTier.tier.is_not(None))
        spent = select(PaymentEarning.client_id).where(
            PaymentEarning.counts_for_tier.is_(True), PaymentEarning.recorded_at >= since
        )
        both = union(tiered, spent).subquery()
        return list(self._session.scalars(select(both.c.client_id).order_by(both.c.client_id)))

    def rolled_to(self) -> datetime | None:
        """Every tier is right as of this time; None: not known, the next roll recomputes every client."""
        return self._session.scalar(select(TierRoll.rolled_to).where(TierRoll.id == ROLL))

    def set_rolled_to(self, at: datetime) -> None:
        self._session.execute(
            insert(TierRoll).values(id=ROLL, rolled_to=at).on_conflict_do_update(index_elements=["id"], set_={"rolled_to": at})
        )

    def forget_roll(self) -> None:
        """The program's tiers or window changed: the next roll recomputes every client."""
        self._session.execute(update(TierRoll).where(TierRoll.id == ROLL).values(rolled_to=None))
