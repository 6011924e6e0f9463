"""nameko DependencyProviders: the one place engines, clocks and request context are built."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from nameko.extensions import DependencyProvider
from nameko.timer import Timer
from prometheus_client import Counter, Histogram
from sqlalchemy.orm import sessionmaker

from clientcard_kit.logs import request_id_var

log = logging.getLogger("clientcard.entrypoints")

ENTRYPOINT_CALLS = Counter(
    "clientcard_entrypoint_calls_total", "Entrypoint calls by service, method and outcome", ["service", "method", "outcome"]
)
ENTRYPOINT_SECONDS = Histogram(
    "clientcard_entrypoint_seconds", "Entrypoint duration by service and method", ["service", "method"]
)


class UnitOfWorkProvider(DependencyProvider):
    """Builds the engine at container setup; each worker gets a fresh unit of work."""

    def __init__(self, uow_class, url: Callable[[], str], pool_size: int = 10):
        self.uow_class = uow_class
        self.url = url
        self.pool_size = pool_size
        self.engine = None

    def setup(self):
        self.engine = sa.create_engine(self.url(), pool_size=self.pool_size, pool_pre_ping=True)
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
    """Who asked, and under which request id: the gateway sends both with every RPC."""

    request_id: str | None
    actor_id: str | None
    actor_name: str | None

    @property
    def actor(self) -> dict:
        return {"id": self.actor_id, "name": self.actor_name}


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
        data = worker_ctx.data
        return CallContext(data.get("request_id"), data.get("actor_id"), data.get("actor_name"))


class SettingsProvider(DependencyProvider):
    """The service's frozen Settings, read from the environment once at container setup."""

    def __init__(self, factory: Callable[[], object]):
        self.factory = factory

    def setup(self):
        self.settings = self.factory()

    def get_dependency(self, worker_ctx):
        return self.settings
