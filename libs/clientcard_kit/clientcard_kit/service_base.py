"""What every Clientcard nameko service has: outbox relay, parked-event retry, health and metrics.

A service subclasses `ClientcardService` and declares `name` and `uow`; nameko finds the
inherited entrypoints and dependencies.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import sqlalchemy as sa
from nameko.events import EventDispatcher
from nameko.timer import timer
from nameko.web.handlers import http
from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest
from werkzeug.wrappers import Response

from clientcard_kit import parking, relay
from clientcard_kit.entrypoints import rpc
from clientcard_kit.providers import RequestContext

log = logging.getLogger(__name__)

OUTBOX_PENDING = Gauge("clientcard_outbox_pending_events", "Outbox events not yet published", ["service"])
PARKED = Gauge("clientcard_parked_events", "Events parked after their handler failed", ["service"])
DEAD = Gauge("clientcard_dead_events", "Parked events whose retries ran out (dead-lettered)", ["service"])

RELAY_BATCH = 200
RELAY_POLL_S = 0.5  # the safety net: a commit in this process wakes the relay at once
RELAY_BATCHES_PER_TICK = 50


class ParkedEventRetry:
    """Retries the events this worker's handlers parked; every event-handling worker has it."""

    uow: Any = None  # a UnitOfWorkProvider, declared by each service (a worker sees its unit of work)
    parked_event_retries = parking.ParkedEventRetries()

    @timer(interval=5)
    def retry_parked_events(self):
        parking.retry_due(self.uow.engine, self, retries=self.parked_event_retries)


class ClientcardService(ParkedEventRetry):
    name: str

    dispatch = EventDispatcher()
    context = RequestContext()

    @relay.relay_timer(interval=RELAY_POLL_S)
    def relay_outbox(self):
        # keep going while batches come back full, so a burst (a big import) drains in one tick
        for _ in range(RELAY_BATCHES_PER_TICK):
            if relay.publish_pending(self.uow.engine, self.dispatch, batch_size=RELAY_BATCH) < RELAY_BATCH:
                return

    @timer(interval=3600)
    def purge_published_events(self):
        relay.purge_published(self.uow.engine)

    @rpc
    def health(self) -> dict:
        """This service's own view of its readiness: database reachable, events parked."""
        with self.uow.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return {
            "service": self.name,
            "database": "ok",
            "parked_events": parking.count_parked(self.uow.engine),
            "dead_events": parking.count_dead(self.uow.engine),
        }

    @rpc
    def list_parked_events(self) -> list[dict]:
        """Parked events, retrying and dead, with their attempts and last error."""
        return parking.list_parked(self.uow.engine)

    @rpc
    def replay_parked_events(self) -> int:
        """Retry every parked event now, dead ones included, whatever its backoff says."""
        return parking.retry_due(self.uow.engine, self, retries=self.parked_event_retries, replay_all=True)

    @http("GET", "/healthz")
    def http_healthz(self, request):
        return Response(json.dumps({"status": "ok", "service": self.name}), mimetype="application/json")

    @http("GET", "/readyz")
    def http_readyz(self, request):
        try:
            body, status = self.health(), 200
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            body, status = {"service": self.name, "database": f"error: {error}"}, 503
        return Response(json.dumps(body), status=status, mimetype="application/json")

    @http("GET", "/metrics")
    def http_metrics(self, request):
        """Prometheus figures, with the backlog read at scrape time: events waiting to be published,
        events parked after failing (the alerts on both are in deploy/components/monitoring)."""
        try:
            OUTBOX_PENDING.labels(self.name).set(relay.count_pending(self.uow.engine))
            PARKED.labels(self.name).set(parking.count_parked(self.uow.engine))
            DEAD.labels(self.name).set(parking.count_dead(self.uow.engine))
        except Exception:  # noqa: BLE001 - a database that is away shows on /readyz; metrics still answer
            log.warning("metrics: the backlog could not be read", exc_info=True)
        return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
