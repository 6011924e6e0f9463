"""Repositories of the messaging database; they never commit."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import Message


class MessageRepository:
    def __init__(self, session: Session):
        self._session = session

    def recent_for_client(self, client_id: uuid.UUID, limit: int) -> list[Message]:
        return list(
            self._session.scalars(
                select(Message).where(Message.client_id == client_id).order_by(Message.created_at.desc()).limit(limit)
            )
        )
