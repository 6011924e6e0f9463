"""Unit of work base: one session, one transaction, rolled back unless `commit()` ran.

It remembers whether a commit was made or may have been, so a call whose connection died before
any commit can run again on a fresh one (clientcard_kit.database.answer_database_faults).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from clientcard_kit import database
from clientcard_kit.idempotency import IdempotencyStore
from clientcard_kit.inbox import Inbox
from clientcard_kit.outbox import Outbox, committed


class SqlAlchemyUnitOfWork:
    """Subclasses attach their repositories in `bind_repositories`."""

    session: Session

    def __init__(self, session_factory: sessionmaker, engine: Engine):
        self._session_factory = session_factory
        self.engine = engine
        self.start_over()

    def start_over(self) -> None:
        """Forget the commits of an attempt whose connection died: the next attempt is a new call."""
        self.commits = 0
        self.commit_outcome_unknown = False

    @property
    def may_run_again(self) -> bool:
        """Nothing was committed, nor could have been: running the whole call again does nothing twice."""
        return self.commits == 0 and not self.commit_outcome_unknown

    def __enter__(self):
        self.session = self._session_factory()
        self.outbox = Outbox(self.session)
        self.inbox = Inbox(self.session)
        self.idempotency = IdempotencyStore(self.session)
        self.bind_repositories(self.session)
        return self

    def bind_repositories(self, session: Session) -> None:
        """Attach the service's repositories to this session."""

    def __exit__(self, *exc_info):
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.flush()  # statements fail here, before COMMIT is on its way
        try:
            self.session.commit()
        except sa.exc.DBAPIError as error:
            # a connection lost while COMMIT travelled may have committed; only the server's refusal is certain
            self.commit_outcome_unknown = not database.refused_before_commit(error)
            raise
        self.commits += 1
        if self.outbox.added:
            self.outbox.added = 0
            committed.notify()  # this process's relay publishes now instead of at its next poll

    def flush(self) -> None:
        self.session.flush()
