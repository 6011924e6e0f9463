"""Logged phone calls."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import Call


class CallRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, call: Call) -> Call:
        self._session.add(call)
        self._session.flush()
        return call

    def page_for_client(self, client_id: uuid.UUID, limit: int, after: tuple[datetime, uuid.UUID] | None) -> list[Call]:
        query = select(Call).where(Call.client_id == client_id)
        if after is not None:
            query = query.where(tuple_(Call.started_at, Call.id) < after)
        return list(self._session.scalars(query.order_by(Call.started_at.desc(), Call.id.desc()).limit(limit)))
