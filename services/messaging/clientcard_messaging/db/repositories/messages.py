"""Messages of every channel: retry queue, client threads, campaign counts."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import Message


class MessageRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, message: Message) -> Message:
        self._session.add(message)
        self._session.flush()
        return message

    def get(self, message_id: uuid.UUID, *, lock: bool = False) -> Message | None:
        return self._session.get(Message, message_id, with_for_update=lock)

    def by_provider_id(self, provider_message_id: str, *, lock: bool = False) -> Message | None:
        query = select(Message).where(Message.provider_message_id == provider_message_id)
        return self._session.scalars(query.with_for_update() if lock else query).first()

    def latest_to_address(self, address: str) -> Message | None:
        """The newest outbound message to this address: an inbound reply joins its client's thread."""
        query = select(Message).where(Message.address == address, Message.direction == "outbound")
        return self._session.scalars(query.order_by(Message.created_at.desc()).limit(1)).first()

    def due(self, channel: str, now: datetime, limit: int) -> list[uuid.UUID]:
        """Queued messages whose retry time has come, oldest first."""
        query = (
            select(Message.id)
            .where(Message.channel == channel, Message.status == "queued", Message.next_attempt_at <= now)
            .order_by(Message.next_attempt_at)
            .limit(limit)
        )
        return list(self._session.scalars(query))

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

    def counts_for_campaign(self, campaign_id: uuid.UUID) -> dict[str, int]:
        query = select(Message.status, func.count()).where(Message.campaign_id == campaign_id).group_by(Message.status)
        return dict(self._session.execute(query).all())

    def cancel_campaign(self, campaign_id: uuid.UUID) -> list[Message]:
        """Still-queued messages of a cancelled campaign become `failed` (reason: cancelled); returned for events."""
        query = (
            sa.update(Message)
            .where(Message.campaign_id == campaign_id, Message.status == "queued")
            .values(status="failed", error="campaign cancelled", next_attempt_at=None)
            .returning(Message.id, Message.client_id, Message.channel)
        )
        return list(self._session.execute(query).all())
