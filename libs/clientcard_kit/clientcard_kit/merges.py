"""Obeying profile's `client_merged` and `client_merge_undone` for rows keyed by `client_id`.

A merge re-points the duplicate's rows at the survivor and records each moved row under the
merge id, so an undo moves back exactly those rows and nothing that arrived since. The record
is the `merge_moves` table, declared here for every service that moves rows this way.
"""

from __future__ import annotations

import uuid
from typing import cast

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID, insert
from sqlalchemy.engine import CursorResult

from clientcard_kit.uow import SqlAlchemyUnitOfWork


def merge_moves_table(
    metadata: sa.MetaData, row_key: str, *, per_table: bool = False, row_type: sa.types.TypeEngine | None = None
) -> sa.Table:
    """Add to a service's metadata the `merge_moves` table a merge and its undo keep: one row per row moved,
    named by `row_key` (e.g. "file_id"), with the clients it moved from and to. A service that moves rows of
    several tables under one merge (loyalty: cards, lots, transactions) keys them by `table_name` too
    (`per_table`), with a `row_type` wide enough for every table's key."""
    key_columns = [sa.Column("table_name", sa.String(50), primary_key=True)] if per_table else []
    return sa.Table(
        "merge_moves",
        metadata,
        sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
        *key_columns,
        sa.Column(row_key, row_type if row_type is not None else UUID(as_uuid=True), primary_key=True),
        sa.Column("from_client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("to_client_id", UUID(as_uuid=True), nullable=False),
    )


def apply_merge(uow: SqlAlchemyUnitOfWork, event: dict, *, rows: sa.Table, moves: sa.Table, row_key: str) -> int:
    """Move the source client's rows to the survivor, once per event; returns how many moved."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"apply_merge:{rows.name}"):
            return 0
        source, target = uuid.UUID(str(event["source_id"])), uuid.UUID(str(event["client_id"]))
        moved = (
            uow.session.execute(sa.update(rows).where(rows.c.client_id == source).values(client_id=target).returning(rows.c.id))
            .scalars()
            .all()
        )
        if moved:
            merge_id = uuid.UUID(str(event["merge_id"]))
            records = [{"merge_id": merge_id, row_key: row, "from_client_id": source, "to_client_id": target} for row in moved]
            uow.session.execute(insert(moves).values(records).on_conflict_do_nothing())
        _announce(uow, event, undone=False)
        uow.commit()
        return len(moved)


def undo_merge(uow: SqlAlchemyUnitOfWork, event: dict, *, rows: sa.Table, moves: sa.Table, row_key: str) -> int:
    """Move back what the merge moved (rows still on the survivor); returns how many moved back."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"undo_merge:{rows.name}"):
            return 0
        merge_id = uuid.UUID(str(event["merge_id"]))
        recorded = uow.session.execute(sa.select(moves).where(moves.c.merge_id == merge_id)).all()
        restored = 0
        for move in recorded:
            moved_back = uow.session.execute(
                sa.update(rows)
                .where(rows.c.id == getattr(move, row_key), rows.c.client_id == move.to_client_id)
                .values(client_id=move.from_client_id)
            )
            restored += cast(CursorResult, moved_back).rowcount  # an UPDATE's result is a cursor's
        uow.session.execute(sa.delete(moves).where(moves.c.merge_id == merge_id))
        _announce(uow, event, undone=True)
        uow.commit()
        return restored


def _announce(uow: SqlAlchemyUnitOfWork, event: dict, *, undone: bool) -> None:
    """`client_data_moved`, in the move's transaction: both clients' cached cards drop this service's section."""
    uow.outbox.add(
        "client_data_moved",
        {
            "merge_id": str(event["merge_id"]),
            "client_id": str(event["client_id"]),
            "source_id": str(event["source_id"]),
            "undone": undone,
        },
    )
