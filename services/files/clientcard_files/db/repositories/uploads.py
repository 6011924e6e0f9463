"""Uploads announced but not yet confirmed."""

from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlalchemy.orm import Session

from clientcard_files.db.models import PendingUpload


class UploadRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, upload: PendingUpload) -> PendingUpload:
        self._session.add(upload)
        self._session.flush()
        return upload

    def get(self, upload_id: uuid.UUID, *, lock: bool = False) -> PendingUpload | None:
        return self._session.get(PendingUpload, upload_id, with_for_update=lock)

    def remove(self, upload: PendingUpload) -> None:
        self._session.delete(upload)

    def delete_for_client(self, client_id: uuid.UUID) -> list[str]:
        """Forget the client's unfinished uploads; the object keys they may have put in storage."""
        query = delete(PendingUpload).where(PendingUpload.client_id == client_id).returning(PendingUpload.object_key)
        return list(self._session.scalars(query))
