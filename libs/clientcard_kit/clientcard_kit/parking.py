"""Parking of events whose handler failed, their retry with backoff, and dead letters.

nameko acks a message whose handler raised, so a failure would lose the event: instead the
payload is parked in the service's own database and a timer retries it with a growing pause.
After `PARKED_EVENT_RETRIES` failed retries the event is dead-lettered (`dead_at` set, its last
error kept): no timer runs it again, operators see it and may replay it.
"""

from __future__ import annotations

import functools
import logging
import traceback
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from nameko.extensions import DependencyProvider
from sqlalchemy.engine import Connection, Engine

from clientcard_kit import settings
from clientcard_kit.tables import parked_events

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(minutes=10)
ERROR_CHARS = 2000


def backoff(attempts: int) -> timedelta:
    """2 s, 4 s, 8 s, ... capped at ten minutes."""
    return min(timedelta(seconds=2 ** min(attempts, 20)), MAX_BACKOFF)


def describe(error: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(error), error)).strip()[:ERROR_CHARS]


def park(engine: Engine, handler: str, payload: dict, error: BaseException, *, retries: int) -> None:
    """Keep a failed event for a retry; with no retries allowed it is dead at once."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(parked_events).values(
                handler=handler,
                payload=payload,
                error=describe(error),
                next_attempt_at=now + backoff(1),
                dead_at=now if retries == 0 else None,
            )
        )


class ParkedEventRetries(DependencyProvider):
    """How often this process retries a parked event before dead-lettering it (read once at start)."""

    def setup(self):
        self.retries = settings.parked_event_retries()

    def get_dependency(self, worker_ctx):
        return self.retries


def park_on_failure(handler):
    """Decorate a nameko event handler method: a failure parks the event instead of losing it."""

    @functools.wraps(handler)
    def wrapper(self, payload):
        try:
            return handler(self, payload)
        except Exception as error:  # noqa: BLE001 - every failure must be kept for a retry
            log.exception("handler %s failed; parking the event", handler.__name__)
            retries = getattr(self, "parked_event_retries", settings.PARKED_EVENT_RETRIES_DEFAULT)
            park(self.uow.engine, handler.__name__, payload, error, retries=retries)

    wrapper.parks_failures = True  # type: ignore[attr-defined]
    return wrapper


def count_parked(engine: Engine) -> int:
    """Every parked event, retrying or dead: nothing parked is the healthy state."""
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(parked_events)).scalar_one()


def count_dead(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(parked_events).where(parked_events.c.dead_at.is_not(None))
        ).scalar_one()


def list_parked(engine: Engine, limit: int = 100) -> list[dict]:
    """Parked events, oldest first: `status` is `retrying` (a timer runs it again) or `dead` (final)."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(parked_events).order_by(parked_events.c.id).limit(limit)).mappings().all()
    return [
        {
            **row,
            "status": "dead" if row["dead_at"] else "retrying",
            "parked_at": row["parked_at"].isoformat(),
            "next_attempt_at": None if row["dead_at"] else row["next_attempt_at"].isoformat(),
            "dead_at": row["dead_at"].isoformat() if row["dead_at"] else None,
        }
        for row in rows
    ]


def retry_due(engine: Engine, service, *, retries: int, now: datetime | None = None, replay_all: bool = False) -> int:
    """Run due parked events through their handlers again; returns how many now succeeded.

    The timer passes only retrying events whose time has come; a replay (`replay_all`) takes every
    event, dead ones included. A failed retry waits longer, and is dead-lettered once it has used
    up `retries`; a failed replay of a dead event leaves it dead with the new error.
    """
    now = now or datetime.now(UTC)
    succeeded = 0
    query = sa.select(parked_events).order_by(parked_events.c.id).limit(50).with_for_update(skip_locked=True)
    if not replay_all:
        query = query.where(parked_events.c.next_attempt_at <= now, parked_events.c.dead_at.is_(None))
    with engine.connect() as conn, conn.begin():
        for row in conn.execute(query).all():
            handler = getattr(type(service), row.handler, None)
            inner = getattr(handler, "__wrapped__", handler)
            try:
                if inner is None:
                    raise LookupError(f"{type(service).__name__} has no handler {row.handler}")
                inner(service, row.payload)
            except Exception as error:  # noqa: BLE001 - the failure is kept with the event
                _failed_again(conn, row, error, retries=retries, now=now)
                continue
            conn.execute(sa.delete(parked_events).where(parked_events.c.id == row.id))
            succeeded += 1
    return succeeded


def _failed_again(conn: Connection, row, error: BaseException, *, retries: int, now: datetime) -> None:
    attempts = row.attempts + 1
    dead_at = row.dead_at or (now if attempts > retries else None)
    if dead_at and not row.dead_at:
        log.error("parked event %s for %s dead-lettered after %d attempts: %s", row.id, row.handler, attempts, describe(error))
    conn.execute(
        sa.update(parked_events)
        .where(parked_events.c.id == row.id)
        .values(attempts=attempts, error=describe(error), next_attempt_at=now + backoff(attempts), dead_at=dead_at)
    )
