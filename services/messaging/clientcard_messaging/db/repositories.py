"""Repositories of the messaging database; they never commit."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import Message, MessageTemplate, NotificationPreference


class MessageRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, message: Message) -> Message:
        self._session.add(message)
        self._session.flush()
        return message

    def get(self, message_id: uuid.UUID, *, lock: bool = False) -> Message | None:
        return self._session.get(Message, message_id, with_for_update=lock)

    def recent_for_client(self, client_id: uuid.UUID, limit: int) -> list[Message]:
        return list(
            self._session.scalars(
                select(Message).where(Message.client_id == client_id).order_by(Message.created_at.desc()).limit(limit)
            )
        )

    def page_for_client(self, client_id: uuid.UUID, limit: int, after: tuple[datetime, uuid.UUID] | None) -> list[Message]:
        """Newest first, keyset-paginated by (created_at, id)."""
        query = select(Message).where(Message.client_id == client_id)
        if after is not None:
            query = query.where(tuple_(Message.created_at, Message.id) < after)
        return list(self._session.scalars(query.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)))


class PreferenceRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, client_id: uuid.UUID) -> dict | None:
        """`{channels, types}` as stored, None when the client never set any."""
        stored = self._session.get(NotificationPreference, client_id)
        return {"channels": stored.channels, "types": stored.types} if stored else None

    def save(self, client_id: uuid.UUID, channels: dict, types: dict) -> NotificationPreference:
        preference = self._session.get(NotificationPreference, client_id) or NotificationPreference(client_id=client_id)
        preference.channels, preference.types = channels, types
        self._session.add(preference)
        self._session.flush()
        return preference


class TemplateRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, template: MessageTemplate) -> MessageTemplate:
        self._session.add(template)
        self._session.flush()
        return template

    def by_name(self, name: str) -> MessageTemplate | None:
        return self._session.scalars(select(MessageTemplate).where(MessageTemplate.name == name)).first()

    def all(self) -> list[MessageTemplate]:
        return list(self._session.scalars(select(MessageTemplate).order_by(MessageTemplate.name)))
