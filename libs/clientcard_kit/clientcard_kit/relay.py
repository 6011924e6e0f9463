"""Publishes committed outbox rows, oldest first; a crash between publish and mark re-sends (consumers dedupe)."""
from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from clientcard_kit.tables import outbox_events

log = logging.getLogger(__name__)

Publish = Callable[[str, dict], None]


def publish_pending(engine: Engine, publish: Publish, *, batch_size: int = 100) -> int:
    """Publish up to `batch_size` unpublished events; returns how many were published.

    Rows are locked with SKIP LOCKED so several replicas relay without sending a row twice
    at once. A publish failure (broker down) stops the batch: the rest waits for the next tick.
    """
    published = 0
    with engine.connect() as conn, conn.begin():
        rows = conn.execute(
            sa.select(outbox_events.c.id, outbox_events.c.event_type, outbox_events.c.payload)
            .where(outbox_events.c.published_at.is_(None))
            .order_by(outbox_events.c.id)
            .limit(batch_size)
            .with_for_update(skip_locked=True)
        ).all()
        for row in rows:
            try:
                publish(row.event_type, row.payload)
            except Exception:  # noqa: BLE001 - any broker failure means "try again later"
                log.warning("outbox relay: publishing %s failed; will retry", row.event_type, exc_info=True)
                break
            conn.execute(
                sa.update(outbox_events).where(outbox_events.c.id == row.id).values(published_at=sa.func.now())
            )
            published += 1
    return published


def purge_published(engine: Engine, *, older_than_days: int = 7) -> int:
    """Drop rows published long ago; the outbox is a queue, not an archive."""
    with engine.begin() as conn:
        result = conn.execute(
            sa.delete(outbox_events).where(
                outbox_events.c.published_at < sa.func.now() - sa.text(f"interval '{int(older_than_days)} days'")
            )
        )
    return result.rowcount
