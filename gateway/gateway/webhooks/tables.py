"""The webhooks' tables in the gateway's database (0004_webhooks builds them)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

metadata = sa.MetaData()

webhooks = sa.Table(
    "webhooks",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("events", ARRAY(sa.String(50)), nullable=False),
    sa.Column("secret", sa.Text, nullable=False),  # kept to sign with; shown once, at creation
    sa.Column("description", sa.String(200)),
    # what the key that made it may see: the subscription never sees more than its maker
    sa.Column("key_id", UUID(as_uuid=True)),
    sa.Column("scopes", ARRAY(sa.String(50)), nullable=False),
    sa.Column("location_ids", ARRAY(UUID(as_uuid=True))),  # NULL: every location
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("paused_until", sa.DateTime(timezone=True)),  # the receiver failed: one probe at a time until then
    sa.Column("disabled_at", sa.DateTime(timezone=True)),
    sa.Column("disabled_reason", sa.Text),
)

webhook_events = sa.Table(
    "webhook_events",
    metadata,
    sa.Column("seq", sa.BigInteger, sa.Identity(), primary_key=True),  # the feed's order and cursor
    sa.Column("id", UUID(as_uuid=True), nullable=False, unique=True),
    sa.Column("type", sa.String(50), nullable=False),
    sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("client_id", UUID(as_uuid=True)),
    sa.Column("location_ids", ARRAY(UUID(as_uuid=True)), nullable=False),  # the client's, when it happened
    sa.Column("scope", sa.String(50), nullable=False),  # the scope a key needs to see it
    sa.Column("data", JSONB, nullable=False),
)
sa.Index("ix_webhook_events_recorded_at", webhook_events.c.recorded_at)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("webhook_id", UUID(as_uuid=True), sa.ForeignKey("webhooks.id", ondelete="CASCADE"), nullable=False),
    sa.Column("event_seq", sa.BigInteger, sa.ForeignKey("webhook_events.seq", ondelete="CASCADE"), nullable=False),
    sa.Column("status", sa.String(20), nullable=False, server_default="pending"),  # pending | delivered | failed
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("last_status_code", sa.Integer),
    sa.Column("last_error", sa.Text),
    sa.Column("delivered_at", sa.DateTime(timezone=True)),
    sa.UniqueConstraint("webhook_id", "event_seq", name="uq_webhook_deliveries_event"),
)
sa.Index(
    "ix_webhook_deliveries_due", webhook_deliveries.c.next_attempt_at, postgresql_where=webhook_deliveries.c.status == "pending"
)
sa.Index("ix_webhook_deliveries_webhook", webhook_deliveries.c.webhook_id, webhook_deliveries.c.id.desc())
sa.Index("ix_webhook_deliveries_event", webhook_deliveries.c.event_seq)

webhook_attempts = sa.Table(
    "webhook_attempts",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("delivery_id", sa.BigInteger, sa.ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status_code", sa.Integer),
    sa.Column("error", sa.Text),
    sa.Column("duration_ms", sa.Integer, nullable=False),
)
sa.Index("ix_webhook_attempts_delivery", webhook_attempts.c.delivery_id, webhook_attempts.c.id)
