"""A client's message history, newest first."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime

from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.exceptions import MessageInvalid


def _decode(cursor: str | None):
    if not cursor:
        return None
    try:
        created_at, message_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return datetime.fromisoformat(created_at), uuid.UUID(message_id)
    except (ValueError, TypeError) as error:
        raise MessageInvalid("The cursor is not one we gave", errors={"cursor": ["Invalid cursor."]}) from error


def _encode(message) -> str:
    return base64.urlsafe_b64encode(json.dumps([message.created_at.isoformat(), str(message.id)]).encode()).decode()


def list_messages(uow: MessagingUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None) -> dict:
    """`{items, next_cursor}` of the client's messages on every channel. Raises MessageInvalid for a bad cursor."""
    with uow:
        page = uow.messages.page_for_client(uuid.UUID(str(client_id)), limit + 1, _decode(cursor))
        items = page[:limit]
        return {
            "items": [contracts.message_view(m) for m in items],
            "next_cursor": _encode(items[-1]) if len(page) > limit else None,
        }
