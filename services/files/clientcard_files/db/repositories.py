"""Repositories of the files database; they never commit."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from clientcard_files.db.models import StoredFile


class FileRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, stored: StoredFile) -> StoredFile:
        self._session.add(stored)
        self._session.flush()
        return stored

    def get(self, file_id: uuid.UUID) -> StoredFile | None:
        return self._session.get(StoredFile, file_id)

    def remove(self, stored: StoredFile) -> None:
        self._session.delete(stored)

    def page_for_client(
        self, client_id: uuid.UUID, limit: int, after: tuple[datetime, uuid.UUID] | None, kinds=None
    ) -> list[StoredFile]:
        """Newest first, keyset-paginated by (created_at, id), optionally of some kinds only."""
        query = select(StoredFile).where(StoredFile.client_id == client_id)
        if kinds is not None:
            query = query.where(StoredFile.kind.in_(list(kinds)))
        if after is not None:
            query = query.where(tuple_(StoredFile.created_at, StoredFile.id) < after)
        return list(self._session.scalars(query.order_by(StoredFile.created_at.desc(), StoredFile.id.desc()).limit(limit)))

    def object_keys_for_client(self, client_id: uuid.UUID) -> list[str]:
        rows = self._session.execute(
            select(StoredFile.object_key, StoredFile.thumbnail_key).where(StoredFile.client_id == client_id)
        ).all()
        return [key for row in rows for key in row if key]

    def delete_for_client(self, client_id: uuid.UUID) -> int:
        return self._session.execute(delete(StoredFile).where(StoredFile.client_id == client_id)).rowcount
