"""The inbox: a handler claims an event id inside the transaction of its effect, so it acts once."""

from __future__ import annotations

import uuid

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_kit.tables import inbox_events


class Inbox:
    def __init__(self, session: Session):
        self._session = session

    def claim(self, event_id: str | uuid.UUID, *, handler: str) -> bool:
        """True the first time this handler sees the event; False for a redelivery."""
        result = self._session.execute(
            insert(inbox_events)
            .values(event_id=uuid.UUID(str(event_id)), handler=handler)
            .on_conflict_do_nothing()
            .returning(inbox_events.c.event_id)
        )
        return result.first() is not None
