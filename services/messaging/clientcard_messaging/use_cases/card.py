"""The messages section of the unified card."""

from __future__ import annotations

import uuid

from clientcard_messaging.db.uow import MessagingUnitOfWork

RECENT = 5


def card_section(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """The client's most recent messages on every channel, and beside them the latest calls."""
    with uow:
        messages = uow.messages.recent_for_client(uuid.UUID(str(client_id)), RECENT)
        calls = uow.calls.page_for_client(uuid.UUID(str(client_id)), RECENT, None)
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
            ],
            "calls": [
                {
                    "id": str(c.id),
                    "direction": c.direction,
                    "outcome": c.outcome,
                    "staff": c.staff,
                    "started_at": c.started_at.isoformat(),
                    "duration_s": c.duration_s,
                }
                for c in calls
            ],
        }
