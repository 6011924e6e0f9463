"""Notes on a client (soft-deleted notes stay in the table)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import Note


class NoteRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, note: Note) -> Note:
        self._session.add(note)
        self._session.flush()
        self._session.refresh(note)
        return note

    def get(self, note_id: uuid.UUID, *, for_update: bool = False) -> Note | None:
        """A note that is not deleted."""
        query = sa.select(Note).where(Note.id == note_id, Note.deleted_at.is_(None))
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def page(
        self, client_id: uuid.UUID, *, include_clinical: bool, kind: str | None, after: tuple | None, limit: int
    ) -> list[Note]:
        """Pinned first, then newest first; `after` is the (pinned, created_at, id) of the last note seen."""
        query = sa.select(Note).where(Note.client_id == client_id, Note.deleted_at.is_(None))
        if not include_clinical:
            query = query.where(Note.kind != "clinical")
        if kind:
            query = query.where(Note.kind == kind)
        if after is not None:
            pinned, created_at, note_id = after
            query = query.where(sa.tuple_(Note.pinned, Note.created_at, Note.id) < sa.tuple_(pinned, created_at, note_id))
        order = (Note.pinned.desc(), Note.created_at.desc(), Note.id.desc())
        return list(self._session.scalars(query.order_by(*order).limit(limit)))

    def alerts(self, client_id: uuid.UUID, *, include_clinical: bool, limit: int = 20) -> list[Note]:
        """Pinned notes and alert notes, newest first; pinned clinical ones only with `include_clinical`."""
        query = sa.select(Note).where(
            Note.client_id == client_id,
            Note.deleted_at.is_(None),
            sa.or_(Note.pinned.is_(True), Note.kind == "alert"),
        )
        if not include_clinical:
            query = query.where(Note.kind != "clinical")
        return list(self._session.scalars(query.order_by(Note.created_at.desc(), Note.id.desc()).limit(limit)))

    def ids_of_client(self, client_id: uuid.UUID) -> list[uuid.UUID]:
        """Every note of the client, deleted ones included (a merge moves them all)."""
        return list(self._session.scalars(sa.select(Note.id).where(Note.client_id == client_id)))

    def reassign(self, note_ids: list[uuid.UUID], *, from_client: uuid.UUID, to_client: uuid.UUID) -> int:
        if not note_ids:
            return 0
        result = self._session.execute(
            sa.update(Note).where(Note.id.in_(note_ids), Note.client_id == from_client).values(client_id=to_client)
        )
        return result.rowcount
