"""Obeying profile's `client_merged` and `client_merge_undone` for rows keyed by `client_id`.

A merge re-points the duplicate's rows at the survivor and records each moved row under the
merge id, so an undo moves back exactly those rows and nothing that arrived since.
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from clientcard_kit.uow import SqlAlchemyUnitOfWork


def apply_merge(uow: SqlAlchemyUnitOfWork, event: dict, *, rows: sa.Table, moves: sa.Table, row_key: str) -> int:
    """Move the source client's rows to the survivor, once per event; returns how many moved."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"apply_merge:{rows.name}"):
            return 0
        source, target = uuid.UUID(str(event["source_id"])), uuid.UUID(str(event["client_id"]))
        moved = uow.session.execute(
            sa.update(rows).where(rows.c.client_id == source).values(client_id=target).returning(rows.c.id)
        ).scalars().all()
        if moved:
            merge_id = uuid.UUID(str(event["merge_id"]))
            records = [{"merge_id": merge_id, row_key: row, "from_client_id": source, "to_client_id": target} for row in moved]
            uow.session.execute(insert(moves).values(records).on_conflict_do_nothing())
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
            restored += uow.session.execute(
                sa.update(rows)
                .where(rows.c.id == getattr(move, row_key), rows.c.client_id == move.to_client_id)
                .values(client_id=move.from_client_id)
            ).rowcount
        uow.session.execute(sa.delete(moves).where(moves.c.merge_id == merge_id))
        uow.commit()
        return restored
