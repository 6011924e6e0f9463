"""Each client's tier."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import ClientTier


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

    def clients_with_a_tier(self) -> list[uuid.UUID]:
        return list(self._session.scalars(select(ClientTier.client_id).where(ClientTier.tier.is_not(None))))
