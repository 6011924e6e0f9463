"""Subscriptions as keys manage them: each belongs to what its maker may see, and is seen by keys that
may see at least as much (a location-limited key sees only those limited to its own locations)."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.engine import Engine

from clientcard_kit import cursors
from gateway.webhooks.tables import webhook_attempts, webhook_deliveries, webhook_events, webhooks


class WebhookNotFound(LookupError):
    pass


def new_secret() -> str:
    return f"whsec_{secrets.token_urlsafe(32)}"


def _mine(location_ids):
    """Subscriptions a key with these locations (None: all) may manage."""
    if location_ids is None:
        return sa.true()
    return sa.and_(
        webhooks.c.location_ids.is_not(None),
        webhooks.c.location_ids.contained_by(sa.cast([uuid.UUID(x) for x in location_ids], ARRAY(PG_UUID(as_uuid=True)))),
    )


def create(engine: Engine, *, url: str, events: list[str], secret: str, description: str | None, principal) -> dict:
    locations = sorted(principal.location_ids) if principal.location_ids is not None else None
    values = {
        "id": uuid.uuid4(),
        "url": url,
        "events": list(dict.fromkeys(events)),
        "secret": secret,
        "description": description,
        "key_id": uuid.UUID(principal.key_id),
        "scopes": sorted(principal.scopes),
        "location_ids": [uuid.UUID(x) for x in locations] if locations is not None else None,
    }
    with engine.begin() as conn:
        row = conn.execute(sa.insert(webhooks).values(**values).returning(*webhooks.c)).one()
    return {**view(row), "secret": secret}


def get(engine: Engine, webhook_id: str, location_ids) -> dict:
    with engine.connect() as conn:
        return view(_row(conn, webhook_id, location_ids))


def _row(conn, webhook_id: str, location_ids):
    try:
        key = uuid.UUID(str(webhook_id))
    except ValueError:
        raise WebhookNotFound(webhook_id) from None
    row = conn.execute(sa.select(webhooks).where(webhooks.c.id == key, _mine(location_ids))).one_or_none()
    if row is None:
        raise WebhookNotFound(webhook_id)
    return row


def page(engine: Engine, location_ids, limit: int, cursor: str | None) -> dict:
    """Newest first; raises cursors.BadCursor."""
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    query = sa.select(webhooks).where(_mine(location_ids))
    if after:
        last = sa.tuple_(sa.literal(after[0], webhooks.c.created_at.type), sa.literal(after[1], webhooks.c.id.type))
        query = query.where(sa.tuple_(webhooks.c.created_at, webhooks.c.id) < last)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(webhooks.c.created_at.desc(), webhooks.c.id.desc()).limit(limit + 1)).all()
    items, next_cursor = cursors.page(rows, limit, lambda row: [row.created_at.isoformat(), str(row.id)])
    return {"items": [view(row) for row in items], "next_cursor": next_cursor}


def delete(engine: Engine, webhook_id: str, location_ids) -> None:
    with engine.begin() as conn:
        row = _row(conn, webhook_id, location_ids)
        conn.execute(sa.delete(webhooks).where(webhooks.c.id == row.id))


def update(engine: Engine, webhook_id: str, location_ids, changes: dict) -> dict:
    """Change the URL, events, secret or description; `active: true` re-enables a disabled subscription
    (what it missed goes out), `active: false` pauses it."""
    with engine.begin() as conn:
        row = _row(conn, webhook_id, location_ids)
        values = {name: changes[name] for name in ("url", "events", "secret", "description") if name in changes}
        if changes.get("active") is True:
            values.update(disabled_at=None, disabled_reason=None, paused_until=None)
            # what it missed, the delivery it gave up on included, gets a fresh day of retries
            conn.execute(
                sa.update(webhook_deliveries)
                .where(
                    webhook_deliveries.c.webhook_id == row.id,
                    webhook_deliveries.c.status.in_(("pending", "failed")),
                )
                .values(status="pending", created_at=sa.func.now(), next_attempt_at=sa.func.now())
            )
        elif changes.get("active") is False and row.disabled_at is None:
            values.update(disabled_at=sa.func.now(), disabled_reason="Disabled by an API key")
        if values:
            row = conn.execute(sa.update(webhooks).where(webhooks.c.id == row.id).values(**values).returning(*webhooks.c)).one()
    return view(row)


def view(row) -> dict:
    return {
        "id": str(row.id),
        "url": row.url,
        "events": list(row.events),
        "description": row.description,
        "active": row.disabled_at is None,
        "disabled_at": _iso(row.disabled_at),
        "disabled_reason": row.disabled_reason,
        "location_ids": [str(x) for x in row.location_ids] if row.location_ids is not None else None,
        "created_at": _iso(row.created_at),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def deliveries(engine: Engine, webhook_id: str, location_ids, *, limit: int, cursor: str | None, status: str | None) -> dict:
    """The subscription's deliveries, newest first, each with its attempts; raises BadCursor, WebhookNotFound."""
    after = cursors.decode(cursor, cursors.row_id)
    with engine.connect() as conn:
        hook = _row(conn, webhook_id, location_ids)
        query = (
            sa.select(webhook_deliveries, webhook_events.c.id.label("event_id"), webhook_events.c.type)
            .join(webhook_events, webhook_events.c.seq == webhook_deliveries.c.event_seq)
            .where(webhook_deliveries.c.webhook_id == hook.id)
        )
        if after:
            query = query.where(webhook_deliveries.c.id < after[0])
        if status:
            query = query.where(webhook_deliveries.c.status == status)
        rows = conn.execute(query.order_by(webhook_deliveries.c.id.desc()).limit(limit + 1)).all()
        items, next_cursor = cursors.page(rows, limit, lambda row: [row.id])
        attempts: dict[int, list] = {row.id: [] for row in items}
        if items:
            for attempt in conn.execute(
                sa.select(webhook_attempts)
                .where(webhook_attempts.c.delivery_id.in_(list(attempts)))
                .order_by(webhook_attempts.c.id)
            ):
                attempts[attempt.delivery_id].append(
                    {
                        "at": attempt.at.isoformat(),
                        "status_code": attempt.status_code,
                        "error": attempt.error,
                        "duration_ms": attempt.duration_ms,
                    }
                )
    return {"items": [_delivery(row, attempts[row.id]) for row in items], "next_cursor": next_cursor}


def _delivery(row, attempts: list) -> dict:
    return {
        "id": str(row.id),
        "event": {"id": str(row.event_id), "type": row.type},
        "status": row.status,
        "attempts": attempts,
        "next_attempt_at": _iso(row.next_attempt_at) if row.status == "pending" else None,
        "last_status_code": row.last_status_code,
        "last_error": row.last_error,
        "created_at": _iso(row.created_at),
        "delivered_at": _iso(row.delivered_at),
    }
