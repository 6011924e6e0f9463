"""The messages section of the unified card."""

from __future__ import annotations

import uuid

from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork

RECENT = 5


def card_section(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """The client's most recent messages on every channel, and beside them the latest calls."""
    with uow:
        messages = uow.messages.recent_for_client(uuid.UUID(str(client_id)), RECENT)
        calls = uow.calls.page_for_client(uuid.UUID(str(client_id)), RECENT, None)
        return {
            "recent": [contracts.card_message_view(m) for m in messages],
            "calls": [contracts.card_call_view(c) for c in calls],
        }
