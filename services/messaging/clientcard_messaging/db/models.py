"""Typed SQLAlchemy models of the messaging database."""
from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    channel: Mapped[str] = mapped_column(sa.String(10))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(20))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    erased_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


merge_moves = sa.Table(
    "merge_moves",
    Base.metadata,
    sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("message_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("from_client_id", UUID(as_uuid=True), nullable=False),
    sa.Column("to_client_id", UUID(as_uuid=True), nullable=False),
)
