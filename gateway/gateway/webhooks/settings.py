"""The webhooks' settings, read from the environment once per process (by the app and the worker)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from gateway.webhooks.policy import RetryPolicy

TRUE = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class WebhookSettings:
    allow_private: bool = False  # WEBHOOKS_ALLOW_PRIVATE: local receivers, for `make up` and the tests
    retry: RetryPolicy = RetryPolicy()
    timeout_s: float = 10.0  # one delivery's connect + answer
    senders: int = 8  # deliveries in flight per worker process
    claim_s: float = 120.0  # a claimed delivery whose worker died is tried again after this
    retention_days: int = 30  # the events feed
    poll_s: float = 0.5  # how often the sender looks for due deliveries when idle
    prefetch: int = 50

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> WebhookSettings:
        return cls(
            allow_private=environ.get("WEBHOOKS_ALLOW_PRIVATE", "").lower() in TRUE,
            retry=RetryPolicy(
                first_s=float(environ.get("WEBHOOK_RETRY_FIRST_S", "10")),
                max_s=float(environ.get("WEBHOOK_RETRY_MAX_S", "3600")),
                give_up_after_s=float(environ.get("WEBHOOK_RETRY_FOR_S", "86400")),
            ),
            timeout_s=float(environ.get("WEBHOOK_TIMEOUT_S", "10")),
            senders=int(environ.get("WEBHOOK_SENDERS", "8")),
            claim_s=float(environ.get("WEBHOOK_CLAIM_S", "120")),
            retention_days=int(environ.get("WEBHOOK_RETENTION_DAYS", "30")),
            poll_s=float(environ.get("WEBHOOK_POLL_S", "0.5")),
            prefetch=int(environ.get("WEBHOOK_PREFETCH", "50")),
        )
