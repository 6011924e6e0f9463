"""Helpers for the tests of notes, visits, imports and merges: a unit of work on the migrated database, builders, outbox reads."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.providers import CallContext
from clientcard_profile import decoding
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.erased_ids import ErasedIds
from clientcard_profile.use_cases import clients, locations

STAFF = CallContext("req-1", "key-1", "Front desk")
ERASED_IDS = ErasedIds("test-erasure-key")


class Database:
    def __init__(self, url: str):
        self.engine = sa.create_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Nothing relays these tests' events: mark them sent so a later relay test sees only its own."""
        with self.engine.begin() as conn:
            conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
        self.engine.dispose()

    def uow(self) -> ProfileUnitOfWork:
        return ProfileUnitOfWork(self.sessions, self.engine)

    def client(self, **fields) -> dict:
        data = {"first_name": "Test", "last_name": f"Client {uuid.uuid4().hex[:8]}", **fields}
        return clients.create_client(self.uow(), data, region="GB", context=STAFF)

    def location(self) -> dict:
        return locations.create_location(
            self.uow(), decoding.new_location({"name": f"Salon {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
        )

    def events(self, event_type: str, **match) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT payload FROM outbox_events WHERE event_type = :type ORDER BY id"), {"type": event_type}
            ).scalars()
            return [row for row in rows if all(row.get(key) == value for key, value in match.items())]

    def scalar(self, sql: str, **params):
        with self.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()
