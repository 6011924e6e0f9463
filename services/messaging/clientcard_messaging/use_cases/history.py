"""A client's message history, newest first."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit import cursors
from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork


def _position(row) -> list:
    return [row.created_at.isoformat(), str(row.id)]


def list_messages(uow: MessagingUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None) -> dict:
    """`{items, next_cursor}` of the client's messages on every channel. Raises BadCursor (422) for a cursor it did not give."""
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        rows = uow.messages.page_for_client(uuid.UUID(str(client_id)), limit + 1, after)
        items, next_cursor = cursors.page(rows, limit, _position)
        return {"items": [contracts.message_view(m) for m in items], "next_cursor": next_cursor}
