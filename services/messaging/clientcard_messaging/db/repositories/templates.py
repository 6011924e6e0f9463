"""Message templates, chosen per location and language."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import MessageTemplate


class TemplateRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, template: MessageTemplate) -> MessageTemplate:
        self._session.add(template)
        self._session.flush()
        return template

    def exact(self, name: str, location_id: uuid.UUID | None, language: str) -> MessageTemplate | None:
        query = select(MessageTemplate).where(
            MessageTemplate.name == name,
            MessageTemplate.language == language,
            MessageTemplate.location_id.is_(None) if location_id is None else MessageTemplate.location_id == location_id,
        )
        return self._session.scalars(query).first()

    def best(self, name: str, location_id: uuid.UUID | None = None, language: str | None = None) -> MessageTemplate | None:
        """The most specific template: this location before the chain's, this language before English."""
        query = select(MessageTemplate).where(MessageTemplate.name == name)
        if location_id is None:
            query = query.where(MessageTemplate.location_id.is_(None))
        else:
            query = query.where((MessageTemplate.location_id == location_id) | MessageTemplate.location_id.is_(None))
        candidates = list(self._session.scalars(query))

        def rank(t: MessageTemplate) -> tuple:
            return (t.location_id is not None, t.language == language, t.language == "en")

        return max(candidates, key=rank, default=None)

    def by_name(self, name: str) -> MessageTemplate | None:
        return self.best(name)

    def all(self) -> list[MessageTemplate]:
        return list(self._session.scalars(select(MessageTemplate).order_by(MessageTemplate.name, MessageTemplate.language)))
