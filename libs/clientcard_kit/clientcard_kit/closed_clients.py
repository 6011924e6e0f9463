"""Clients closed to writes: erased, or merged into another client (until the merge is undone).

A service keeps the list in a `closed_clients` table of its own database (created by `create_table` in a
migration), filled from profile's `client_erased`, `client_merged` and `client_merge_undone`, and asks
`refuse_closed` inside the unit of work of every write about a client: a closed one is a 409 saying why.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID, insert
from sqlalchemy.orm import Session

from clientcard_kit.errors import Conflict
from clientcard_kit.uow import SqlAlchemyUnitOfWork

ERASED, MERGED = "erased", "merged"

metadata = sa.MetaData()


def _columns():
    return (
        sa.Column("client_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("reason", sa.String(10), nullable=False),
        sa.Column("into_client_id", UUID(as_uuid=True)),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("reason IN ('erased', 'merged')", name="ck_closed_clients_reason"),
    )


closed_clients = sa.Table("closed_clients", metadata, *_columns())


class ClientClosed(Conflict):
    title = "The client was erased or merged away"


def create_table(op) -> None:
    """Create the table inside an Alembic migration."""
    op.create_table("closed_clients", *_columns())


def close(session: Session, client_id, reason: str, into_client_id=None) -> None:
    """Inside an open transaction: no more writes for this client (an erasure outranks a merge)."""
    statement = insert(closed_clients).values(
        client_id=_uuid(client_id), reason=reason, into_client_id=_uuid(into_client_id) if into_client_id else None
    )
    if reason == ERASED:
        statement = statement.on_conflict_do_update(index_elements=["client_id"], set_={"reason": ERASED, "into_client_id": None})
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["client_id"])
    session.execute(statement)


def refuse_closed(session: Session, client_id) -> None:
    """Raise ClientClosed (409) when the client was erased or merged into another client."""
    try:
        client = _uuid(client_id)
    except ValueError:
        return  # not an id: the write's own validation answers
    row = session.execute(sa.select(closed_clients).where(closed_clients.c.client_id == client)).first()
    if row is None:
        return
    if row.reason == ERASED:
        raise ClientClosed(f"Client {client_id} was erased; nothing more can be recorded for them")
    raise ClientClosed(f"Client {client_id} was merged into {row.into_client_id}; record it there")


def on_merged(uow: SqlAlchemyUnitOfWork, event: dict) -> None:
    """`client_merged`: the duplicate (`source_id`) takes no more writes; once however often delivered."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="close_merged_client"):
            return  # a redelivery: the first one closed it
        close(uow.session, event["source_id"], MERGED, event["client_id"])
        uow.commit()


def on_merge_undone(uow: SqlAlchemyUnitOfWork, event: dict) -> None:
    """`client_merge_undone`: the duplicate takes writes again (unless it was erased since)."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="reopen_merged_client"):
            return
        uow.session.execute(
            sa.delete(closed_clients).where(
                closed_clients.c.client_id == _uuid(event["source_id"]), closed_clients.c.reason == MERGED
            )
        )
        uow.commit()


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
