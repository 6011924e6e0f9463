"""Reference data loyalty keeps: the program and the locations profile announced."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import KnownLocation, Program


class ProgramRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, *, for_update: bool = False) -> Program:
        query = select(Program).where(Program.id == 1)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).one()


class LocationRepository:
    def __init__(self, session: Session):
        self._session = session

    def upsert(self, location_id: uuid.UUID, name: str | None, active: bool) -> None:
        self._session.execute(
            insert(KnownLocation)
            .values(location_id=location_id, name=name, active=active)
            .on_conflict_do_update(index_elements=["location_id"], set_={"name": name, "active": active})
        )

    def unknown(self, location_ids: list[uuid.UUID]) -> list[uuid.UUID]:
        known = set(self._session.scalars(select(KnownLocation.location_id).where(KnownLocation.location_id.in_(location_ids))))
        return [x for x in location_ids if x not in known]
