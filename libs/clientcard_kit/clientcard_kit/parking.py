"""Parking of events whose handler failed, and their retry with backoff.

nameko acks a message whose handler raised, so a failure would lose the event: instead the
payload is parked in the service's own database and a timer retries it until it succeeds.
"""
from __future__ import annotations

import functools
import logging
import traceback
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from clientcard_kit.tables import parked_events

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(minutes=10)


def backoff(attempts: int) -> timedelta:
    """2 s, 4 s, 8 s, ... capped at ten minutes."""
    return min(timedelta(seconds=2**attempts), MAX_BACKOFF)


def park(engine: Engine, handler: str, payload: dict, error: BaseException) -> None:
    detail = "".join(traceback.format_exception_only(type(error), error)).strip()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(parked_events).values(
                handler=handler, payload=payload, error=detail, next_attempt_at=datetime.now(UTC) + backoff(1)
            )
        )


def park_on_failure(handler):
    """Decorate a nameko event handler method: a failure parks the event instead of losing it."""

    @functools.wraps(handler)
    def wrapper(self, payload):
        try:
            return handler(self, payload)
        except Exception as error:  # noqa: BLE001 - every failure must be kept for a retry
            log.exception("handler %s failed; parking the event", handler.__name__)
            park(self.uow.engine, handler.__name__, payload, error)

    wrapper.parks_failures = True
    return wrapper


def count_parked(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(parked_events)).scalar_one()


def list_parked(engine: Engine, limit: int = 100) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(parked_events).order_by(parked_events.c.id).limit(limit)).mappings().all()
    return [
        {**row, "parked_at": row["parked_at"].isoformat(), "next_attempt_at": row["next_attempt_at"].isoformat()}
        for row in rows
    ]


def retry_due(engine: Engine, service, *, now: datetime | None = None, replay_all: bool = False) -> int:
    """Run due parked events through their handlers again; returns how many now succeeded."""
    now = now or datetime.now(UTC)
    succeeded = 0
    query = sa.select(parked_events).order_by(parked_events.c.id).limit(50).with_for_update(skip_locked=True)
    if not replay_all:
        query = query.where(parked_events.c.next_attempt_at <= now)
    with engine.connect() as conn, conn.begin():
        for row in conn.execute(query).all():
            handler = getattr(type(service), row.handler, None)
            inner = getattr(handler, "__wrapped__", handler)
            try:
                inner(service, row.payload)
            except Exception as error:  # noqa: BLE001
                attempts = row.attempts + 1
                conn.execute(
                    sa.update(parked_events)
                    .where(parked_events.c.id == row.id)
                    .values(attempts=attempts, error=str(error)[:2000], next_attempt_at=now + backoff(attempts))
                )
                continue
            conn.execute(sa.delete(parked_events).where(parked_events.c.id == row.id))
            succeeded += 1
    return succeeded
