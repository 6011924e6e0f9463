"""The messages section of the unified card."""

from __future__ import annotations

import uuid

from clientcard_messaging.db.uow import MessagingUnitOfWork

RECENT = 5


def card_section(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """The client's most recent messages on every channel."""
    with uow:
        messages = uow.messages.recent_for_client(uuid.UUID(str(client_id)), RECENT)
        return {
            "recent": [
                {
                    "id": str(m.id),
                    "channel": m.channel,
                    "subject": m.subject,
                    "status": m.status,
                    "created_at": m.created_at.isoformat(),
                }
                for m in messages
            ]
        }
