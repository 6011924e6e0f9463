"""Client merges: who was merged into whom, what moved, and what the survivor looked like before."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import ClientMerge


class MergeRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, merge: ClientMerge) -> ClientMerge:
        self._session.add(merge)
        self._session.flush()
        self._session.refresh(merge)
        return merge

    def get(self, merge_id: uuid.UUID, *, for_update: bool = False) -> ClientMerge | None:
        query = sa.select(ClientMerge).where(ClientMerge.id == merge_id)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()
