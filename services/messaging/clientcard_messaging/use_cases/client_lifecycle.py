"""Messages follow their client through merges, undos and erasure."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit import closed_clients, merges
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Call, Message, merge_moves
from clientcard_messaging.db.uow import MessagingUnitOfWork


def move_to_survivor(uow: MessagingUnitOfWork, event: dict) -> int:
    """`client_merged`: the duplicate's message history joins the survivor's; the duplicate takes no more writes."""
    moved = merges.apply_merge(uow, event, rows=Message.__table__, moves=merge_moves, row_key="message_id")
    closed_clients.on_merged(uow, event)
    return moved


def move_back(uow: MessagingUnitOfWork, event: dict) -> int:
    """`client_merge_undone`: exactly the moved messages go back; the duplicate takes writes again."""
    moved = merges.undo_merge(uow, event, rows=Message.__table__, moves=merge_moves, row_key="message_id")
    closed_clients.on_merge_undone(uow, event)
    return moved


def erase_client(uow: MessagingUnitOfWork, event: dict, *, now: datetime) -> int:
    """`client_erased`: drop what was said and where (personal data), keep that a message or call happened."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return 0
        erased = uow.session.execute(
            sa.update(Message)
            .where(Message.client_id == uuid.UUID(str(event["client_id"])), Message.erased_at.is_(None))
            .values(subject=None, body="", html=None, address=None, erased_at=now)
        ).rowcount
        # calls too: the number and what was said go, that a call happened stays
        uow.session.execute(
            sa.update(Call)
            .where(Call.client_id == uuid.UUID(str(event["client_id"])), Call.erased_at.is_(None))
            .values(number=None, notes=None, erased_at=now)
        )
        closed_clients.close(uow.session, event["client_id"], closed_clients.ERASED)
        uow.outbox.add("client_data_erased", contracts.client_data_erased(event["client_id"]))
        uow.commit()
        return erased
