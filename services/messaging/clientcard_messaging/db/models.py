"""Typed SQLAlchemy models of the messaging database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from clientcard_kit import merges


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
    direction: Mapped[str] = mapped_column(sa.String(10), default="outbound")
    address: Mapped[str | None] = mapped_column(sa.String(320))
    provider: Mapped[str | None] = mapped_column(sa.String(20))
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    html: Mapped[str | None] = mapped_column(sa.Text)
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    in_reply_to: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))


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
    name: Mapped[str] = mapped_column(sa.String(100))
    location_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    language: Mapped[str] = mapped_column(sa.String(10), default="en")
    html: Mapped[str | None] = mapped_column(sa.Text)
    channel: Mapped[str] = mapped_column(sa.String(10))
    notification_type: Mapped[str] = mapped_column(sa.String(20))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class PreferenceChange(Base):
    """One change of a client's preferences: who, when, from where, and the wording the client was shown."""

    __tablename__ = "preference_changes"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    channels: Mapped[dict] = mapped_column(JSONB)
    types: Mapped[dict] = mapped_column(JSONB)
    actor: Mapped[str] = mapped_column(sa.String(200))
    source: Mapped[str] = mapped_column(sa.String(30))
    wording: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class Campaign(Base):
    """A newsletter to a segment on one channel; its counts come from its messages."""

    __tablename__ = "campaigns"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(sa.String(200))
    channel: Mapped[str] = mapped_column(sa.String(10))
    segment: Mapped[dict] = mapped_column(JSONB)
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(20))
    recipients: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[str | None] = mapped_column(sa.String(200))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    cancelled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Call(Base):
    """One phone call with a client, with an optional recording kept by the files service."""

    __tablename__ = "calls"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    direction: Mapped[str] = mapped_column(sa.String(10))
    number: Mapped[str | None] = mapped_column(sa.String(40))
    staff: Mapped[str | None] = mapped_column(sa.String(200))
    started_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    duration_s: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str] = mapped_column(sa.String(20))
    notes: Mapped[str | None] = mapped_column(sa.Text)
    recording_file_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    erased_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


notices_sent = sa.Table(
    "notices_sent",
    Base.metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("message_id", UUID(as_uuid=True)),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)

visit_reminders = sa.Table(
    "visit_reminders",
    Base.metadata,
    sa.Column("visit_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("client_id", UUID(as_uuid=True), nullable=False),
    sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("remind_at", sa.DateTime(timezone=True)),
    sa.Column("variables", JSONB, nullable=False),
    sa.Column("sent_at", sa.DateTime(timezone=True)),
)

merge_moves = merges.merge_moves_table(Base.metadata, row_key="message_id")
