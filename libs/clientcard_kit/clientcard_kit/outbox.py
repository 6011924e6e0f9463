"""The transactional outbox: events are rows written in the transaction of the change they announce."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import eventlet
import sqlalchemy as sa
from eventlet.event import Event
from sqlalchemy.orm import Session

from clientcard_kit.tables import outbox_events

ENVELOPE_VERSION = 1


def envelope(payload: dict, *, now: datetime | None = None) -> dict:
    """A flat event: `{event_id, occurred_at, version, ...payload}`."""
    return {
        "event_id": str(uuid.uuid4()),
        "occurred_at": (now or datetime.now(UTC)).isoformat(),
        "version": ENVELOPE_VERSION,
        **payload,
    }


class CommitSignal:
    """Process-wide: a unit of work that committed outbox rows wakes every relay of this process at once.

    Each relay takes the current Event before it publishes and waits on it afterwards, so a commit
    made while it was publishing wakes it straight away; no relay can clear another's wake-up.
    """

    def __init__(self):
        self._event = Event()

    def current(self) -> Event:
        return self._event

    def notify(self) -> None:
        fired, self._event = self._event, Event()
        fired.send(True)

    @staticmethod
    def wait(event: Event, timeout_s: float) -> bool:
        """True if `event` fired within `timeout_s` (the relay polls anyway when it did not)."""
        with eventlet.Timeout(timeout_s, False):
            return event.wait()
        return False


committed = CommitSignal()


class Outbox:
    def __init__(self, session: Session):
        self._session = session
        self.added = 0  # rows queued in this transaction; the unit of work signals the relay when they commit

    def add(self, event_type: str, payload: dict) -> str:
        """Queue an event for the relay; it is published only if the transaction commits."""
        event = envelope(payload)
        self._session.execute(
            sa.insert(outbox_events).values(event_id=uuid.UUID(event["event_id"]), event_type=event_type, payload=event)
        )
        self.added += 1
        return event["event_id"]

    def add_many(self, events: list[tuple[str, dict]]) -> None:
        """Queue many `(event_type, payload)` events in one statement (an import's batch of thousands
        would otherwise be thousands of round trips)."""
        rows = []
        for event_type, payload in events:
            event = envelope(payload)
            rows.append({"event_id": uuid.UUID(event["event_id"]), "event_type": event_type, "payload": event})
        if rows:
            # RETURNING lets SQLAlchemy batch the rows into multi-row INSERTs, not a round trip per row
            self._session.execute(sa.insert(outbox_events).returning(outbox_events.c.event_id), rows)
            self.added += len(rows)
