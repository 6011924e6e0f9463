"""Typed SQLAlchemy models of the messaging database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Message(Base):
    """One message to one client on one channel, with where its delivery stands."""

    __tablename__ = "messages"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    channel: Mapped[str] = mapped_column(sa.String(10))
    notification_type: Mapped[str] = mapped_column(sa.String(20), default="transactional")
    template: Mapped[str | None] = mapped_column(sa.String(100))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(20))
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(200))
    error: Mapped[str | None] = mapped_column(sa.Text)
    attempts: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    erased_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class NotificationPreference(Base):
    """A client's opt-outs: `channels` {sms, email, push} and `types` {reminders, marketing, loyalty, billing}."""

    __tablename__ = "notification_preferences"

    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    channels: Mapped[dict] = mapped_column(JSONB)
    types: Mapped[dict] = mapped_column(JSONB)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class MessageTemplate(Base):
    __tablename__ = "message_templates"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    channel: Mapped[str] = mapped_column(sa.String(10))
    notification_type: Mapped[str] = mapped_column(sa.String(20))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


merge_moves = sa.Table(
    "merge_moves",
    Base.metadata,
    sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("message_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("from_client_id", UUID(as_uuid=True), nullable=False),
    sa.Column("to_client_id", UUID(as_uuid=True), nullable=False),
)
