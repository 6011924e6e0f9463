"""Repositories of the files database; they never commit."""
from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clientcard_files.db.models import StoredFile


class FileRepository:
    def __init__(self, session: Session):
        self._session = session

    def recent_for_client(self, client_id: uuid.UUID, limit: int) -> list[StoredFile]:
        return list(
            self._session.scalars(
                select(StoredFile)
                .where(StoredFile.client_id == client_id)
                .order_by(StoredFile.created_at.desc())
                .limit(limit)
            )
        )

    def object_keys_for_client(self, client_id: uuid.UUID) -> list[str]:
        return list(self._session.scalars(select(StoredFile.object_key).where(StoredFile.client_id == client_id)))

    def delete_for_client(self, client_id: uuid.UUID) -> int:
        return self._session.execute(delete(StoredFile).where(StoredFile.client_id == client_id)).rowcount
