"""What every Clientcard nameko service has: outbox relay, parked-event retry, health and metrics.

A service subclasses `ClientcardService` and declares `name` and `uow`; nameko finds the
inherited entrypoints and dependencies.
"""
from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from nameko.events import EventDispatcher
from nameko.timer import timer
from nameko.web.handlers import http
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from werkzeug.wrappers import Response

from clientcard_kit import parking, relay
from clientcard_kit.entrypoints import rpc
from clientcard_kit.providers import RequestContext

log = logging.getLogger(__name__)

RELAY_BATCH = 200
RELAY_BATCHES_PER_TICK = 50


class ParkedEventRetry:
    """Retries the events this worker's handlers parked; every event-handling worker has it."""

    uow = None  # a UnitOfWorkProvider, declared by each service

    @timer(interval=5)
    def retry_parked_events(self):
        parking.retry_due(self.uow.engine, self)


class ClientcardService(ParkedEventRetry):
    name: str

    dispatch = EventDispatcher()
    context = RequestContext()

    @timer(interval=0.5)
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
        return {"service": self.name, "database": "ok", "parked_events": parking.count_parked(self.uow.engine)}

    @rpc
    def list_parked_events(self) -> list[dict]:
        return parking.list_parked(self.uow.engine)

    @rpc
    def replay_parked_events(self) -> int:
        """Retry every parked event now, whatever its backoff says."""
        return parking.retry_due(self.uow.engine, self, replay_all=True)

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
        return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
