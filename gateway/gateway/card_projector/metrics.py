"""The card projector's metrics, served on its /metrics (gateway.worker_http)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

EVENTS_CONSUMED = Counter("clientcard_card_projector_events_total", "Events taken from the projector's queue")
DROPS_APPLIED = Counter("clientcard_card_projector_drops_total", "Clients whose cached card sections were dropped")
REDIS_FAILURES = Counter("clientcard_card_projector_redis_failures_total", "Batches requeued because Redis failed")
BATCH_SIZE = Histogram(
    "clientcard_card_projector_batch_size",
    "Events applied in one Redis transaction",
    buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500),
)
