"""Unit of work base: one session, one transaction, rolled back unless `commit()` ran."""
from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from clientcard_kit.idempotency import IdempotencyStore
from clientcard_kit.inbox import Inbox
from clientcard_kit.outbox import Outbox


class SqlAlchemyUnitOfWork:
    """Subclasses attach their repositories in `bind_repositories`."""

    session: Session

    def __init__(self, session_factory: sessionmaker, engine: Engine):
        self._session_factory = session_factory
        self.engine = engine

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
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()
