"""The transactional outbox: events are rows written in the transaction of the change they announce."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
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


class Outbox:
    def __init__(self, session: Session):
        self._session = session

    def add(self, event_type: str, payload: dict) -> str:
        """Queue an event for the relay; it is published only if the transaction commits."""
        event = envelope(payload)
        self._session.execute(
            sa.insert(outbox_events).values(
                event_id=uuid.UUID(event["event_id"]), event_type=event_type, payload=event
            )
        )
        return event["event_id"]
