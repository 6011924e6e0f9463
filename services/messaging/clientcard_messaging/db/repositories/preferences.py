"""Notification preferences of a client and the log of their changes."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import NotificationPreference, PreferenceChange


class PreferenceRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, client_id: uuid.UUID) -> dict | None:
        """`{channels, types}` as stored, None when the client never set any."""
        stored = self._session.get(NotificationPreference, client_id)
        return {"channels": stored.channels, "types": stored.types} if stored else None

    def get_many(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
        table = NotificationPreference.__table__
        rows = self._session.execute(
            select(table.c.client_id, table.c.channels, table.c.types).where(table.c.client_id.in_(client_ids))
        )
        return {row.client_id: {"channels": row.channels, "types": row.types} for row in rows}

    def save(self, client_id: uuid.UUID, channels: dict, types: dict) -> NotificationPreference:
        preference = self._session.get(NotificationPreference, client_id) or NotificationPreference(client_id=client_id)
        preference.channels, preference.types = channels, types
        self._session.add(preference)
        self._session.flush()
        return preference

    def log(self, change: PreferenceChange) -> None:
        self._session.add(change)
        self._session.flush()

    def changes(self, client_id: uuid.UUID) -> list[PreferenceChange]:
        query = select(PreferenceChange).where(PreferenceChange.client_id == client_id)
        return list(self._session.scalars(query.order_by(PreferenceChange.created_at.desc(), PreferenceChange.id)))
