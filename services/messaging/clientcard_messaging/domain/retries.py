"""When a temporarily refused message is tried again (pure): doubling backoff, the provider's Retry-After first."""

from __future__ import annotations

from datetime import datetime, timedelta


def next_attempt(now: datetime, attempts: int, *, base_s: float, cap_s: float, retry_after: float | None) -> datetime:
    """The earliest next try after `attempts` tries; never sooner than the provider asked (429 Retry-After)."""
    backoff = min(cap_s, base_s * 2 ** max(0, attempts - 1))
    return now + timedelta(seconds=max(backoff, retry_after or 0.0))


def gives_up(attempts: int, max_attempts: int) -> bool:
    return attempts >= max_attempts
