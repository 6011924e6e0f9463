"""Visits (appointments past and upcoming)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import Visit

ATTENDED_OR_PENDING = ("booked", "confirmed", "completed")


UPCOMING = ("booked", "confirmed")


class VisitRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, visit: Visit) -> Visit:
        self._session.add(visit)
        self._session.flush()
        self._session.refresh(visit)
        return visit

    def get(self, visit_id: uuid.UUID, *, for_update: bool = False) -> Visit | None:
        query = sa.select(Visit).where(Visit.id == visit_id)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def by_external_id(self, external_id: str) -> Visit | None:
        return self._session.scalars(sa.select(Visit).where(Visit.external_id == external_id).with_for_update()).first()

    def page(self, client_id: uuid.UUID, *, after: tuple | None, limit: int, status: str | None = None) -> list[Visit]:
        """Newest first; `after` is the (starts_at, id) of the last visit seen."""
        query = sa.select(Visit).where(Visit.client_id == client_id)
        if status:
            query = query.where(Visit.status == status)
        if after is not None:
            query = query.where(sa.tuple_(Visit.starts_at, Visit.id) < sa.tuple_(*after))
        return list(self._session.scalars(query.order_by(Visit.starts_at.desc(), Visit.id.desc()).limit(limit)))

    def upcoming(self, client_id: uuid.UUID, now: datetime, limit: int) -> list[Visit]:
        query = (
            sa.select(Visit)
            .where(Visit.client_id == client_id, Visit.starts_at >= now, Visit.status.in_(UPCOMING))
            .order_by(Visit.starts_at, Visit.id)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def recent(self, client_id: uuid.UUID, now: datetime, limit: int) -> list[Visit]:
        query = (
            sa.select(Visit)
            .where(Visit.client_id == client_id, Visit.starts_at < now)
            .order_by(Visit.starts_at.desc(), Visit.id.desc())
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def last_attended(self, client_id: uuid.UUID, now: datetime) -> Visit | None:
        query = (
            sa.select(Visit)
            .where(Visit.client_id == client_id, Visit.starts_at < now, Visit.status.in_(ATTENDED_OR_PENDING))
            .order_by(Visit.starts_at.desc(), Visit.id.desc())
            .limit(1)
        )
        return self._session.scalars(query).first()

    def counts(self, client_id: uuid.UUID, now: datetime) -> dict:
        """visits (past, not cancelled or missed), no-shows and cancellations of one client."""
        past_attended = sa.and_(Visit.starts_at < now, Visit.status.in_(ATTENDED_OR_PENDING))
        row = self._session.execute(
            sa.select(
                sa.func.count().filter(past_attended),
                sa.func.count().filter(Visit.status == "no_show"),
                sa.func.count().filter(Visit.status == "cancelled"),
            ).where(Visit.client_id == client_id)
        ).one()
        return {"visits_count": row[0], "no_shows": row[1], "cancellations": row[2]}

    def ids_of_client(self, client_id: uuid.UUID) -> list[uuid.UUID]:
        return list(self._session.scalars(sa.select(Visit.id).where(Visit.client_id == client_id)))

    def reassign(self, visit_ids: list[uuid.UUID], *, from_client: uuid.UUID, to_client: uuid.UUID) -> int:
        if not visit_ids:
            return 0
        result = self._session.execute(
            sa.update(Visit).where(Visit.id.in_(visit_ids), Visit.client_id == from_client).values(client_id=to_client)
        )
        return result.rowcount
