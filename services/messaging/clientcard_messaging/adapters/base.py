"""What every provider adapter takes and raises: one outgoing message, a refusal that says if it may pass later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from prometheus_client import Counter, Histogram

PROVIDER_LATENCY = Histogram(
    "clientcard_messaging_provider_seconds", "Time a provider took to take a message", ["channel", "provider"]
)
SENT = Counter("clientcard_messaging_sent_total", "Messages a provider took", ["channel"])
FAILED = Counter("clientcard_messaging_failed_total", "Messages that failed for good", ["channel"])
DEFERRED = Counter("clientcard_messaging_deferred_total", "Temporary provider failures, retried later", ["channel"])


@dataclass(frozen=True)
class Outgoing:
    """One message as a provider sees it; `html` and `unsubscribe_url` only for email."""

    message_id: str
    address: str
    subject: str | None
    body: str
    html: str | None = None
    unsubscribe_url: str | None = None


class ProviderError(Exception):
    """The provider refused or failed to take the message.

    `temporary` (a 4xx SMTP reply, a 429 or 5xx HTTP answer, no connection) means try again later,
    no sooner than `retry_after` seconds when the provider said so.
    """

    def __init__(self, reason: str, *, temporary: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.temporary = temporary
        self.retry_after = retry_after


class Provider(Protocol):
    name: str

    def send(self, outgoing: Outgoing) -> str:
        """Hand the message over; returns the provider's message id. Raises ProviderError."""


def timed(channel: str, provider: str):
    """A context manager that records the provider's latency for this channel."""
    return PROVIDER_LATENCY.labels(channel, provider).time()


def retry_after_seconds(value: str | None) -> float | None:
    """An HTTP `Retry-After` in seconds (the HTTP-date form is rare from these APIs; it counts as absent)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
