"""Writes to an erased or merged-away client are refused (409); the merge and erase handlers keep the list."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID, insert

from clientcard_loyalty.db.models import Base
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.exceptions import ClientClosed

closed_clients = sa.Table(
    "closed_clients",
    Base.metadata,
    sa.Column("client_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("reason", sa.String(10), nullable=False),
    sa.Column("into_client_id", UUID(as_uuid=True)),
    sa.Column("closed_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)


def close(uow: LoyaltyUnitOfWork, client_id, reason: str, into_client_id=None) -> None:
    """Inside an open unit of work: no more writes for this client (an erasure outranks a merge)."""
    statement = insert(closed_clients).values(client_id=uuid.UUID(str(client_id)), reason=reason, into_client_id=into_client_id)
    if reason == "erased":
        statement = statement.on_conflict_do_update(
            index_elements=["client_id"], set_={"reason": "erased", "into_client_id": None}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["client_id"])
    uow.session.execute(statement)


def reopen_merged(uow: LoyaltyUnitOfWork, client_id) -> None:
    """Inside an open unit of work: an undone merge gives the duplicate back its writes."""
    uow.session.execute(
        sa.delete(closed_clients).where(
            closed_clients.c.client_id == uuid.UUID(str(client_id)), closed_clients.c.reason == "merged"
        )
    )


def refuse_closed(uow: LoyaltyUnitOfWork, client_id) -> None:
    """Raise ClientClosed (409) when the client was erased or merged into another client."""
    row = uow.session.execute(sa.select(closed_clients).where(closed_clients.c.client_id == uuid.UUID(str(client_id)))).first()
    if row is None:
        return
    if row.reason == "erased":
        raise ClientClosed(f"Client {client_id} was erased; nothing more can be recorded for them")
    raise ClientClosed(f"Client {client_id} was merged into {row.into_client_id}; record it there")
