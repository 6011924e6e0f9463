"""Idempotency keys stored in the same transaction as the effect they guard."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_kit.errors import IdempotencyKeyReused
from clientcard_kit.tables import idempotency_records


class IdempotencyStore:
    def __init__(self, session: Session):
        self._session = session

    def replay(self, key: str | None, operation: str, request_hash: str | None) -> dict | None:
        """The stored answer for this key, None if it is new; IdempotencyKeyReused for another body.

        Call it first in the transaction: it holds a lock on the key until the transaction ends.
        """
        if not key:
            return None
        # twins with one key wait here for the first to commit, then replay its answer
        self._session.execute(sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"), {"name": f"{operation}:{key}"})
        row = self._session.execute(
            select(idempotency_records.c.request_hash, idempotency_records.c.response)
            .where(idempotency_records.c.key == key, idempotency_records.c.operation == operation)
            .with_for_update()
        ).first()
        if row is None:
            return None
        if row.request_hash != (request_hash or ""):
            raise IdempotencyKeyReused(f"Idempotency-Key {key!r} was already used with another request body")
        return row.response

    def save(self, key: str | None, operation: str, request_hash: str | None, response: dict) -> None:
        """Remember the answer; the primary key still refuses a twin that skipped `replay`."""
        if not key:
            return
        self._session.execute(
            insert(idempotency_records).values(key=key, operation=operation, request_hash=request_hash or "", response=response)
        )
