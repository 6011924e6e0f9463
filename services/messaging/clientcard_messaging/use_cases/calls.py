"""The call log: who phoned whom, when, for how long, how it went, and an optional recording (a files-service file)."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit import closed_clients, cursors
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Call
from clientcard_messaging.db.uow import MessagingUnitOfWork


def log_call(uow: MessagingUnitOfWork, client_id: str, new_call: dict) -> dict:
    """Record one call. Raises InvalidInput (422), ClientClosed (409); the gateway has checked the recording's
    file belongs to the client."""
    with uow:
        closed_clients.refuse_closed(uow.session, client_id)
        call = uow.calls.add(Call(id=uuid.uuid4(), client_id=uuid.UUID(str(client_id)), **new_call))
        uow.session.refresh(call)
        uow.outbox.add("call_logged", {"call_id": str(call.id), "client_id": str(call.client_id)})
        uow.commit()
        return contracts.call_view(call)


def _position(row) -> list:
    return [row.started_at.isoformat(), str(row.id)]


def list_calls(uow: MessagingUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None) -> dict:
    """`{items, next_cursor}`, newest first. Raises BadCursor (422) for a cursor it did not give."""
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        rows = uow.calls.page_for_client(uuid.UUID(str(client_id)), limit + 1, after)
        items, next_cursor = cursors.page(rows, limit, _position)
        return {"items": [contracts.call_view(c) for c in items], "next_cursor": next_cursor}
