"""The worker's sending side: claims due deliveries, posts them on a few threads, settles each.

Wakes when the intake records an event, and otherwise every `poll_s`; prunes the feed hourly.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

import sqlalchemy as sa

from gateway.webhook_worker import metrics
from gateway.webhooks import deliveries, feed, sending
from gateway.webhooks.settings import WebhookSettings

log = logging.getLogger(__name__)

PRUNE_EVERY_S = 3600.0


class Outbox:
    def __init__(self, engine, settings: WebhookSettings):
        self._engine = engine
        self._settings = settings
        self.wake = threading.Event()
        self._pruned_at = 0.0

    def run(self, stop: threading.Event) -> None:
        inflight: set[Future] = set()
        with ThreadPoolExecutor(self._settings.senders, thread_name_prefix="webhook-send") as pool:
            while not stop.is_set():
                inflight = {future for future in inflight if not future.done()}
                claimed = 0
                try:
                    self._prune_now_and_then()
                    free = self._settings.senders - len(inflight)
                    if free > 0:
                        due = deliveries.claim(self._engine, limit=free, now=datetime.now(UTC), claim_s=self._settings.claim_s)
                        for item in due:
                            future = pool.submit(self._send, item)
                            future.add_done_callback(lambda _: self.wake.set())  # a slot is free
                            inflight.add(future)
                        claimed = len(due)
                except sa.exc.SQLAlchemyError:
                    log.warning("webhooks: claiming deliveries failed", exc_info=True)
                if not claimed or len(inflight) >= self._settings.senders:
                    self.wake.wait(self._settings.poll_s)
                    self.wake.clear()

    def _send(self, due: deliveries.Due) -> None:
        outcome = sending.deliver(
            due, now_s=int(time.time()), allow_private=self._settings.allow_private, timeout_s=self._settings.timeout_s
        )
        try:
            status = deliveries.settle(self._engine, due, outcome, now=datetime.now(UTC), policy=self._settings.retry)
        except sa.exc.SQLAlchemyError:  # the claim lapses and the delivery is tried again
            metrics.attempted(None)
            log.warning("webhooks: recording delivery %s failed", due.id, exc_info=True)
            return
        metrics.attempted(status)
        if status != "delivered":
            log.info("webhooks: delivery %s to %s: %s (%s)", due.id, due.url, status, outcome.status_code or outcome.error)

    def _prune_now_and_then(self) -> None:
        if time.monotonic() - self._pruned_at < PRUNE_EVERY_S and self._pruned_at:
            return
        self._pruned_at = time.monotonic()
        pruned = feed.prune(self._engine, now=datetime.now(UTC), retention_days=self._settings.retention_days)
        if pruned:
            log.info("webhooks: pruned %d events older than %d days", pruned, self._settings.retention_days)
