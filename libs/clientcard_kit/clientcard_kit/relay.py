"""Publishes committed outbox rows, oldest first; a crash between publish and mark re-sends (consumers dedupe).

The relay runs when a unit of work of its own process commits outbox rows, and polls anyway for
rows committed by other processes and replicas sharing the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa
from nameko.timer import Timer
from sqlalchemy.engine import Engine

from clientcard_kit.outbox import committed
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
            conn.execute(sa.update(outbox_events).where(outbox_events.c.id == row.id).values(published_at=sa.func.now()))
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


class RelayTimer(Timer):
    """A nameko timer that fires `interval` seconds after its last run, or as soon as this process commits events."""

    def stop(self):
        self.should_stop.send(True)
        committed.notify()  # a relay asleep on the signal wakes, sees the stop and leaves
        self.gt.wait()

    def _run(self):
        while not self.should_stop.ready():
            # taken before the tick: a commit during the tick fires the next one without waiting
            wake = committed.current()
            self.handle_timer_tick()
            self.worker_complete.wait()
            self.worker_complete.reset()
            if not self.should_stop.ready():
                committed.wait(wake, self.interval)


relay_timer = RelayTimer.decorator


def count_pending(engine: Engine) -> int:
    """Events committed but not yet published: the relay's backlog."""
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(outbox_events).where(outbox_events.c.published_at.is_(None))
        ).scalar_one()
