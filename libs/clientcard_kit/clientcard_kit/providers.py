"""nameko DependencyProviders: the one place engines, clocks and request context are built."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from nameko.extensions import DependencyProvider
from nameko.timer import Timer
from prometheus_client import Counter, Histogram
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from clientcard_kit import database
from clientcard_kit.logs import request_id_var
from clientcard_kit.settings import PoolSettings

log = logging.getLogger("clientcard.entrypoints")

ENTRYPOINT_CALLS = Counter(
    "clientcard_entrypoint_calls_total", "Entrypoint calls by service, method and outcome", ["service", "method", "outcome"]
)
ENTRYPOINT_SECONDS = Histogram(
    "clientcard_entrypoint_seconds", "Entrypoint duration by service and method", ["service", "method"]
)


class UnitOfWorkProvider(DependencyProvider):
    """Builds the engine at container setup, its pool sized by DB_POOL_SIZE and friends (README,
    Connections); each worker gets a fresh unit of work."""

    def __init__(self, uow_class, url: Callable[[], str], pool: Callable[[], PoolSettings] = PoolSettings.from_env):
        self.uow_class = uow_class
        self.url = url
        self.pool = pool
        self.engine: Engine | None = None

    def setup(self):
        self.engine = database.create_engine(self.url(), self.pool())
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    def stop(self):
        if self.engine is not None:
            self.engine.dispose()

    def kill(self):
        # a killed container (tests, crashes) must not keep its connections: the server's are few
        self.stop()

    def get_dependency(self, worker_ctx):
        return self.uow_class(self.session_factory, self.engine)


class Clock(DependencyProvider):
    """The current aware UTC time; tests replace it to travel in time."""

    def get_dependency(self, worker_ctx):
        return lambda: datetime.now(UTC)


@dataclass(frozen=True)
class CallContext:
    """Who asked, under which request id, and what their key may see: the gateway sends it with every RPC.

    `location_ids` None means every location; `scopes` None means a caller inside the suite (an
    event handler, a timer, another service's own call without a gateway request behind it).
    """

    request_id: str | None
    actor_id: str | None
    actor_name: str | None
    location_ids: frozenset[str] | None = None
    scopes: frozenset[str] | None = None

    @property
    def actor(self) -> dict:
        return {"id": self.actor_id, "name": self.actor_name}

    @property
    def location_limited(self) -> bool:
        return self.location_ids is not None

    def may(self, scope: str) -> bool:
        """Whether the caller's key carries `scope` (an internal caller carries every scope)."""
        return self.scopes is None or WILDCARD_SCOPE in self.scopes or scope in self.scopes

    @classmethod
    def from_data(cls, data: dict) -> CallContext:
        """Read the context that `access_headers` wrote (nameko passes it on to nested calls)."""
        return cls(
            data.get("request_id"),
            data.get("actor_id"),
            data.get("actor_name"),
            _split(data.get("location_ids")),
            _split(data.get("scopes")),
        )


WILDCARD_SCOPE = "*"


def access_headers(location_ids, scopes) -> dict:
    """The context entries a caller's access travels in: comma-joined strings (AMQP headers), absent = no limit."""
    headers = {}
    if location_ids is not None:
        headers["location_ids"] = ",".join(sorted(str(x) for x in location_ids))
    if scopes is not None:
        headers["scopes"] = ",".join(sorted(scopes))
    return headers


def _split(value) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(part for part in str(value).split(",") if part)


class RequestContext(DependencyProvider):
    """Puts the caller's request id into every log line of the worker, and measures the worker.

    The dependency is a CallContext (request id and actor) for audit trails and authorship.
    """

    def worker_setup(self, worker_ctx):
        request_id_var.set(worker_ctx.data.get("request_id") or "-")
        worker_ctx._clientcard_started = time.perf_counter()

    def worker_result(self, worker_ctx, result=None, exc_info=None):
        service, method = worker_ctx.service_name, worker_ctx.entrypoint.method_name
        outcome = "ok" if exc_info is None else "error"
        ENTRYPOINT_CALLS.labels(service, method, outcome).inc()
        started = getattr(worker_ctx, "_clientcard_started", time.perf_counter())
        elapsed = time.perf_counter() - started
        ENTRYPOINT_SECONDS.labels(service, method).observe(elapsed)
        if not isinstance(worker_ctx.entrypoint, Timer):  # timers tick too often to log
            log.info("%s.%s %s in %.1f ms", service, method, outcome, elapsed * 1000)

    def get_dependency(self, worker_ctx):
        return CallContext.from_data(worker_ctx.data)


class SettingsProvider(DependencyProvider):
    """The service's frozen Settings, read from the environment once at container setup."""

    def __init__(self, factory: Callable[[], object]):
        self.factory = factory

    def setup(self):
        self.settings = self.factory()

    def get_dependency(self, worker_ctx):
        return self.settings
