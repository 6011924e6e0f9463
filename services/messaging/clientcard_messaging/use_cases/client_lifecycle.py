"""Messages follow their client through merges, undos and erasure."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit import merges
from clientcard_messaging.db.models import Message, merge_moves
from clientcard_messaging.db.uow import MessagingUnitOfWork


def move_to_survivor(uow: MessagingUnitOfWork, event: dict) -> int:
    """`client_merged`: the duplicate's message history joins the survivor's."""
    return merges.apply_merge(uow, event, rows=Message.__table__, moves=merge_moves, row_key="message_id")


def move_back(uow: MessagingUnitOfWork, event: dict) -> int:
    """`client_merge_undone`: exactly the moved messages go back."""
    return merges.undo_merge(uow, event, rows=Message.__table__, moves=merge_moves, row_key="message_id")


def erase_client(uow: MessagingUnitOfWork, event: dict, *, now: datetime) -> int:
    """`client_erased`: drop what was said (personal data), keep that a message was sent and its status."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return 0
        erased = uow.session.execute(
            sa.update(Message)
            .where(Message.client_id == uuid.UUID(str(event["client_id"])), Message.erased_at.is_(None))
            .values(subject=None, body="", erased_at=now)
        ).rowcount
        uow.commit()
        return erased
