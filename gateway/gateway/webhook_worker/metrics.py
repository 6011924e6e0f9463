"""The webhook worker's metrics, served on its /metrics (gateway.worker_http)."""

from __future__ import annotations

import logging
import time

import sqlalchemy as sa
from prometheus_client import Counter
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from gateway.webhooks.tables import webhook_deliveries

log = logging.getLogger(__name__)

EVENTS_RECORDED = Counter("clientcard_webhook_events_recorded_total", "Events added to the webhook feed")
# delivered: 2xx; retrying: failed, tried again later; failed: given up (the subscription is disabled);
# unrecorded: the attempt's result could not be written (the claim lapses, it is tried again)
DELIVERY_ATTEMPTS = Counter("clientcard_webhook_delivery_attempts_total", "Delivery attempts by outcome", ["outcome"])
OUTCOMES = {"delivered": "delivered", "pending": "retrying", "failed": "failed"}


def attempted(status: str | None) -> None:
    """Count one attempt by the status deliveries.settle returned (None: not recorded)."""
    DELIVERY_ATTEMPTS.labels(OUTCOMES.get(status or "", "unrecorded")).inc()


class PendingDeliveries(Collector):
    """`clientcard_webhook_outbox_pending`: deliveries not yet delivered nor given up, counted at most
    every `every_s` (a scrape takes one of the worker's few database connections)."""

    def __init__(self, engine, every_s: float = 15.0):
        self._engine = engine
        self._every_s = every_s
        self._value: float | None = None
        self._at = float("-inf")

    def _count(self) -> float | None:
        if time.monotonic() - self._at >= self._every_s:
            self._at = time.monotonic()
            try:
                with self._engine.connect() as conn:
                    self._value = float(
                        conn.scalar(
                            sa.select(sa.func.count())
                            .select_from(webhook_deliveries)
                            .where(webhook_deliveries.c.status == "pending")
                        )
                    )
            except sa.exc.SQLAlchemyError:  # the scrape goes on without the gauge; /readyz tells the rest
                log.warning("webhooks: counting pending deliveries failed", exc_info=True)
                self._value = None
        return self._value

    def collect(self):
        value = self._count()
        if value is not None:
            yield GaugeMetricFamily("clientcard_webhook_outbox_pending", "Deliveries waiting to be sent or retried", value=value)
