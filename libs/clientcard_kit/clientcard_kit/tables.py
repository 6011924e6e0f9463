"""The infrastructure tables every service database carries: outbox, inbox, parking, idempotency.

They are declared once here and created by each service's first migration
(`create_infrastructure_tables`), so the relay and handlers work the same everywhere.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID

metadata = sa.MetaData()


def _outbox_columns():
    return (
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
        sa.Column("event_type", sa.String(100), nullable=False),
        sa.Column("payload", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("published_at", sa.DateTime(timezone=True)),
    )


def _inbox_columns():
    return (
        sa.Column("event_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("handler", sa.String(100), primary_key=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def _parked_columns():
    return (
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("handler", sa.String(100), nullable=False),
        sa.Column("payload", JSONB, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
        sa.Column("parked_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    )


def _idempotency_columns():
    return (
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("operation", sa.String(100), primary_key=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("response", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


TABLES = {
    "outbox_events": _outbox_columns,
    "inbox_events": _inbox_columns,
    "parked_events": _parked_columns,
    "idempotency_records": _idempotency_columns,
}

outbox_events = sa.Table("outbox_events", metadata, *_outbox_columns())
inbox_events = sa.Table("inbox_events", metadata, *_inbox_columns())
# dead_at came with version 2 (`add_dead_letters`): set once the retries ran out, the event's final state
parked_events = sa.Table("parked_events", metadata, *_parked_columns(), sa.Column("dead_at", sa.DateTime(timezone=True)))
idempotency_records = sa.Table("idempotency_records", metadata, *_idempotency_columns())


def create_infrastructure_tables(op) -> None:
    """Create the tables above inside an Alembic migration (version 1 of their shape)."""
    for name, columns in TABLES.items():
        op.create_table(name, *columns())
    op.create_index(
        "ix_outbox_events_unpublished",
        "outbox_events",
        ["id"],
        postgresql_where=sa.text("published_at IS NULL"),
    )
    op.create_index("ix_parked_events_next_attempt_at", "parked_events", ["next_attempt_at"])


def drop_infrastructure_tables(op) -> None:
    for name in reversed(TABLES):
        op.drop_table(name)


def add_dead_letters(op) -> None:
    """Version 2 of parked_events, inside each service's Alembic migration: the dead-letter mark."""
    op.add_column("parked_events", sa.Column("dead_at", sa.DateTime(timezone=True)))


def drop_dead_letters(op) -> None:
    op.drop_column("parked_events", "dead_at")
