"""The events feed: each API event once, in the order it was recorded, with a delivery per subscriber.

Recording takes a transaction-wide advisory lock, so sequence numbers commit in order: a poller
that read up to N never later finds an N-1 it skipped. Kept `retention_days`, then pruned.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.engine import Engine

from clientcard_kit import cursors
from gateway.webhooks.catalogue import ALL, ApiEvent
from gateway.webhooks.tables import webhook_deliveries, webhook_events, webhooks

FEED_LOCK = 0x57EB400C  # one lock id for every recorder of the feed
WILDCARD_SCOPE = "*"


def _uuids(values) -> list[uuid.UUID]:
    return [uuid.UUID(str(value)) for value in values]


def record(engine: Engine, event: ApiEvent, data: dict, location_ids: list[str], *, now: datetime) -> bool:
    """Add an event to the feed and a due delivery for every subscription that may see it.

    False when it was recorded before (the broker redelivered it): nothing changes then.
    """
    occurred_at = datetime.fromisoformat(event.occurred_at) if event.occurred_at else now
    locations = _uuids(location_ids)
    with engine.begin() as conn:
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(FEED_LOCK)))
        seq = conn.execute(
            insert(webhook_events)
            .values(
                id=uuid.UUID(event.id),
                type=event.type,
                occurred_at=occurred_at,
                client_id=_client(event),
                location_ids=locations,
                scope=event.scope,
                data=data,
            )
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(webhook_events.c.seq)
        ).scalar()
        if seq is None:
            return False
        subscribers = sa.select(webhooks.c.id, sa.literal(seq), sa.literal(now)).where(
            webhooks.c.disabled_at.is_(None),
            webhooks.c.events.overlap(sa.cast([event.type, ALL], ARRAY(sa.String(50)))),
            webhooks.c.scopes.overlap(sa.cast([event.scope, WILDCARD_SCOPE], ARRAY(sa.String(50)))),
            sa.or_(
                webhooks.c.location_ids.is_(None),
                webhooks.c.location_ids.overlap(sa.cast(locations, ARRAY(PG_UUID(as_uuid=True)))),
            ),
        )
        conn.execute(insert(webhook_deliveries).from_select(["webhook_id", "event_seq", "next_attempt_at"], subscribers))
    return True


def _client(event: ApiEvent) -> uuid.UUID | None:
    try:
        return uuid.UUID(event.client_id) if event.client_id else None
    except ValueError:
        return None


def visible_to(scopes, location_ids):
    """The feed's filter for a key with these scopes and locations (None: every location)."""
    conditions = []
    if WILDCARD_SCOPE not in scopes:
        conditions.append(webhook_events.c.scope.in_(list(scopes)))
    if location_ids is not None:
        conditions.append(webhook_events.c.location_ids.overlap(sa.cast(_uuids(location_ids), ARRAY(PG_UUID(as_uuid=True)))))
    return sa.and_(sa.true(), *conditions)


def page(engine: Engine, *, scopes, location_ids, after: str | None, limit: int, types: list[str] | None) -> dict:
    """Events after the cursor, oldest first; raises cursors.BadCursor.

    `next_cursor` follows the list conventions (null on the last page); `after` is where to poll
    from next time, also once the feed is read to its end.
    """
    position = cursors.decode(after, cursors.row_id)
    query = sa.select(webhook_events).where(visible_to(scopes, location_ids))
    if position:
        query = query.where(webhook_events.c.seq > position[0])
    if types:
        query = query.where(webhook_events.c.type.in_(types))
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(webhook_events.c.seq).limit(limit + 1)).all()
    items, next_cursor = cursors.page(rows, limit, lambda row: [row.seq])
    resume = cursors.encode([items[-1].seq]) if items else after
    return {"items": [envelope(row) for row in items], "next_cursor": next_cursor, "after": resume}


def envelope(row) -> dict:
    """An event as deliveries and the feed show it: `{id, type, occurred_at, data}`."""
    return {"id": str(row.id), "type": row.type, "occurred_at": row.occurred_at.isoformat(), "data": row.data}


def prune(engine: Engine, *, now: datetime, retention_days: int) -> int:
    """Forget events (and their deliveries) older than the feed keeps them."""
    with engine.begin() as conn:
        return conn.execute(
            sa.delete(webhook_events).where(webhook_events.c.recorded_at < now - timedelta(days=retention_days))
        ).rowcount
