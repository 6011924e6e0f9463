"""Repositories of the files database; they never commit."""
from __future__ import annotations

import uuid

from sqlalchemy import select
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
