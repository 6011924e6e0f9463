"""Client merges: who was merged into whom, what moved, and what the survivor looked like before."""
from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, Session, mapped_column

from clientcard_profile.db.models import Base


class ClientMerge(Base):
    __tablename__ = "client_merges"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"))
    source_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"))
    moved: Mapped[dict] = mapped_column(JSONB, default=dict)
    target_before: Mapped[dict] = mapped_column(JSONB, default=dict)
    source_before: Mapped[dict] = mapped_column(JSONB, default=dict)
    actor_id: Mapped[str | None] = mapped_column(sa.String(100))
    actor_name: Mapped[str | None] = mapped_column(sa.String(200))
    undone_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class MergeRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, merge: ClientMerge) -> ClientMerge:
        self._session.add(merge)
        self._session.flush()
        self._session.refresh(merge)
        return merge

    def get(self, merge_id: uuid.UUID, *, for_update: bool = False) -> ClientMerge | None:
        query = sa.select(ClientMerge).where(ClientMerge.id == merge_id)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()
