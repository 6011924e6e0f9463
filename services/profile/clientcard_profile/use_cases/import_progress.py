"""An import's progress while its rows are validated, and the phase every import is in.

Validation runs in one transaction that holds the job's row until it commits, so nothing it writes
to the job shows before the end. The rows validated so far are therefore written beside it, on a
connection of their own (autocommit, a table without a foreign key to the locked row), at most
every `every_s` seconds: a 50,000-row file shows its progress without costing a write per row.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Engine

from clientcard_profile.db.models import ImportProgress

log = logging.getLogger(__name__)

EVERY_S = 0.5
VALIDATING = "validating"


class ValidationProgress:
    """`advance(done)` after each stretch of rows; writes when `every_s` passed since the last write."""

    def __init__(
        self,
        engine: Engine,
        import_id: uuid.UUID,
        total: int,
        *,
        every_s: float = EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._engine, self._import_id, self._total = engine, import_id, total
        self._every_s, self._clock = every_s, clock
        self._written_at: float | None = None
        self._given_up = False

    def start(self) -> None:
        self._written_at = self._clock()
        self._write(0)

    def advance(self, done: int) -> None:
        now = self._clock()
        if self._given_up or (self._written_at is not None and now - self._written_at < self._every_s):
            return
        self._written_at = now
        self._write(done)

    def _write(self, done: int) -> None:
        values = {"import_id": self._import_id, "phase": VALIDATING, "done": done, "total": self._total}
        statement = (
            insert(ImportProgress.__table__)
            .values(values)
            .on_conflict_do_update(
                index_elements=["import_id"],
                set_={"phase": VALIDATING, "done": done, "total": self._total, "updated_at": sa.func.now()},
            )
        )
        try:
            with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(statement)
        except sa.exc.SQLAlchemyError:
            # progress is a courtesy: it never fails the import, nor slows it waiting on a busy pool again
            self._given_up = True
            log.warning("import %s: progress not written; no more for this validation", self._import_id, exc_info=True)
