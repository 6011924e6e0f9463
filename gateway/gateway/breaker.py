"""Skips a service that just failed to answer, so a card during an outage is fast, not slow.

After a failure the service is skipped for `open_s` seconds (counted unavailable at once); the
first card after that asks it again, and one success closes the breaker.
"""

from __future__ import annotations

import threading
import time


class Breakers:
    def __init__(self, open_s: float = 3.0, clock=time.monotonic):
        self._open_s = open_s
        self._clock = clock
        self._open_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def allows(self, service: str) -> bool:
        with self._lock:
            return self._clock() >= self._open_until.get(service, 0.0)

    def failed(self, service: str) -> None:
        with self._lock:
            self._open_until[service] = self._clock() + self._open_s

    def succeeded(self, service: str) -> None:
        with self._lock:
            self._open_until.pop(service, None)
