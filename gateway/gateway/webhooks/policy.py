"""When to try a delivery again, and when to give up: exponential backoff for a day, then disable.

Pure: `next_attempt` takes the clock as an argument.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    first_s: float = 10.0  # the wait after the first failure
    max_s: float = 3600.0  # no wait grows beyond this, so a receiver back after an hour waits at most this
    give_up_after_s: float = 86400.0  # since the delivery was first due
    jitter: float = 0.2  # +-20%: receivers coming back are not hit by every retry at once

    def delay_s(self, attempts: int, rand: float = 0.5) -> float:
        """The wait after `attempts` failed attempts (1, 2, ...); `rand` in [0, 1) spreads it."""
        base = min(self.first_s * 2 ** max(attempts - 1, 0), self.max_s)
        return base * (1 + self.jitter * (2 * rand - 1))

    def next_attempt(self, first_due: datetime, attempts: int, now: datetime, rand: float | None = None) -> datetime | None:
        """When to try again after `attempts` failures, or None: the day is over, give up."""
        if now - first_due >= timedelta(seconds=self.give_up_after_s):
            return None
        wait = self.delay_s(attempts, random.random() if rand is None else rand)
        return now + timedelta(seconds=wait)


def succeeded(status_code: int | None) -> bool:
    """A 2xx is delivered; redirects are not followed (they could lead anywhere) and count as failures."""
    return status_code is not None and 200 <= status_code < 300
