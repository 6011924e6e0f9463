"""Stored files of a client."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select, tuple_, update
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

    def pairs_for_client(self, client_id: uuid.UUID) -> list[StoredFile]:
        query = select(StoredFile).where(StoredFile.client_id == client_id, StoredFile.pair_id.is_not(None))
        return list(self._session.scalars(query.order_by(StoredFile.created_at.desc(), StoredFile.id.desc())))

    def object_keys_for_client(self, client_id: uuid.UUID, *, keep=()) -> list[str]:
        """Every object of the client's files but those of the files in `keep`."""
        query = select(StoredFile.object_key, StoredFile.thumbnail_key, StoredFile.preview_key).where(
            StoredFile.client_id == client_id, StoredFile.id.not_in(list(keep))
        )
        return [key for row in self._session.execute(query).all() for key in row if key]

    def seal_health_records(self, client_id: uuid.UUID, until, *, also=()) -> list[uuid.UUID]:
        """Seal the client's medical files (and the files in `also`) until `until`; their ids."""
        health = (StoredFile.client_id == client_id) & ((StoredFile.kind == "medical") | StoredFile.id.in_(list(also)))
        return list(self._session.scalars(update(StoredFile).where(health).values(sealed_until=until).returning(StoredFile.id)))

    def sealed_past(self, now, limit: int = 500) -> list[StoredFile]:
        """Sealed files whose retention has ended, oldest first."""
        query = select(StoredFile).where(StoredFile.sealed_until <= now).order_by(StoredFile.sealed_until).limit(limit)
        return list(self._session.scalars(query.with_for_update(skip_locked=True)))

    def delete_ids(self, file_ids) -> int:
        return self._session.execute(delete(StoredFile).where(StoredFile.id.in_(list(file_ids)))).rowcount

    def delete_for_client(self, client_id: uuid.UUID, *, keep=()) -> int:
        query = delete(StoredFile).where(StoredFile.client_id == client_id, StoredFile.id.not_in(list(keep)))
        return self._session.execute(query).rowcount
