"""Every engine of the suite is built here: its pool from settings, its SQL parameters kept out of logs
and error messages, and what a database fault means to a caller (503 or a retry on a fresh connection)."""

from __future__ import annotations

import functools
import inspect
import logging
import os
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from clientcard_kit.errors import ServiceUnavailable
from clientcard_kit.settings import PoolSettings

log = logging.getLogger(__name__)

RETRY_AFTER_S = 2
ADMIN_SHUTDOWN = "57P01"  # pg_terminate_backend: the server ended the session before running what came next
PREPARE_THRESHOLD_DEFAULT = 5  # psycopg's own: a statement is prepared on the server at its sixth execution
PREPARE_OFF = {"off", "none"}


def prepare_threshold(environ: Mapping[str, str] = os.environ) -> int | None:
    """`DB_PREPARE_THRESHOLD`: psycopg's `prepare_threshold`; `off` never prepares on the server.

    Server-side prepared statements live in one server session. Behind a transaction-pooling PgBouncer
    older than 1.22 (or without `max_prepared_statements`) the next transaction may run on another
    session, where the statement does not exist: such a pooler needs `off` (README, Connections).
    """
    raw = environ.get("DB_PREPARE_THRESHOLD", "").strip().lower()
    if not raw:
        return PREPARE_THRESHOLD_DEFAULT
    if raw in PREPARE_OFF:
        return None
    try:
        threshold = int(raw)
    except ValueError:
        threshold = -1
    if threshold < 0:
        raise ValueError(f"DB_PREPARE_THRESHOLD must be a whole number of 0 or more, or off; got {raw!r}")
    return threshold


def create_engine(url: str, pool: PoolSettings | None = None, **options) -> Engine:
    """A pooled engine whose errors and logs never carry the statement's parameters (personal data)."""
    pool = pool or PoolSettings()
    connect_args = {"prepare_threshold": prepare_threshold(), **options.pop("connect_args", {})}
    return sa.create_engine(
        url,
        pool_size=pool.size,
        max_overflow=pool.overflow,
        pool_timeout=pool.timeout_s,
        pool_pre_ping=True,  # a connection the server dropped while idle is replaced at checkout
        hide_parameters=True,
        connect_args=connect_args,
        **options,
    )


def unavailable(error: BaseException) -> bool:
    """The database could not serve: no free connection in time, refused or too many clients, a dropped
    connection, or a transient server refusal (serialization failure, deadlock): worth a retry later."""
    if isinstance(error, sa.exc.TimeoutError):  # the pool stayed exhausted for pool_timeout
        return True
    return isinstance(error, sa.exc.DBAPIError) and (
        error.connection_invalidated or isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError)
    )


def lost_connection(error: BaseException) -> bool:
    """The connection died under a transaction (terminated backend, server restart, network cut)."""
    return isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated


def refused_before_commit(error: BaseException) -> bool:
    """Whether a failed COMMIT certainly did not commit: the server ended the session before reading it."""
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) == ADMIN_SHUTDOWN


def describe(error: BaseException) -> str:
    """A log-safe name for a database error: its class and SQLSTATE, never its statement or parameters."""
    orig = getattr(error, "orig", None)
    kind = type(orig).__name__ if orig is not None else type(error).__name__
    sqlstate = getattr(orig, "sqlstate", None)
    return f"{kind} (SQLSTATE {sqlstate})" if sqlstate else kind


def as_unavailable(error: BaseException, *, nothing_committed: bool = True) -> ServiceUnavailable:
    log.warning("database unavailable: %s", describe(error))
    if nothing_committed:
        detail = "The service's database is unavailable; nothing was changed, retry shortly"
    else:  # the connection died while a COMMIT travelled, or after one: a retry needs its Idempotency-Key
        detail = "The service's database connection failed mid-call; retry with the same Idempotency-Key"
    return ServiceUnavailable(detail, retry_after_s=RETRY_AFTER_S)


def answer_database_faults(method):
    """Wrap a nameko entrypoint method: a transaction whose connection died before any commit runs once more
    on a fresh connection; a database that still cannot serve answers ServiceUnavailable (503), not a crash.

    A call is re-run only if its unit of work (`self.uow`) committed nothing yet, so nothing is done twice.
    """

    @functools.wraps(method)
    def call(service, *args, **kwargs):
        try:
            return method(service, *args, **kwargs)
        except Exception as error:
            if not _may_run_again(service, error):
                if unavailable(error):
                    raise as_unavailable(error, nothing_committed=_nothing_committed(service)) from None
                raise
            log.warning(
                "%s: connection lost (%s); running the transaction again on a fresh connection", method.__name__, describe(error)
            )
        _start_over(service)
        try:
            return method(service, *args, **kwargs)
        except Exception as error:
            if unavailable(error):
                raise as_unavailable(error, nothing_committed=_nothing_committed(service)) from None
            raise

    # nameko checks calls and redacts sensitive arguments with inspect.getcallargs, which reads this
    call.__signature__ = inspect.signature(method)  # type: ignore[attr-defined]
    return call


def _may_run_again(service, error: BaseException) -> bool:
    uow = getattr(service, "uow", None)
    return lost_connection(error) and uow is not None and getattr(uow, "may_run_again", False)


def _nothing_committed(service) -> bool:
    return getattr(getattr(service, "uow", None), "may_run_again", True)


def _start_over(service) -> None:
    service.uow.start_over()
