"""Repositories of the profile database; they never commit (the unit of work does)."""
from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from clientcard_profile.db.models import Client


class ClientRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, client: Client) -> Client:
        self._session.add(client)
        self._session.flush()
        return client

    def get(self, client_id: uuid.UUID) -> Client | None:
        return self._session.get(Client, client_id)
