"""A process's short-lived memory of authenticated keys, by secret hash: no database trip per request."""

from __future__ import annotations

import time


class PrincipalCache:
    """What this process last read about each secret hash (a Principal or a rejection), for `ttl_s`.

    A revocation, expiry or rotation elsewhere is seen here within `ttl_s`; the process that makes
    one forgets the key at once.
    """

    MAX_ENTRIES = 10_000  # a flood of made-up secrets only empties the cache; it never grows past this

    def __init__(self, ttl_s: float):
        self._ttl_s = ttl_s
        self._entries: dict[str, tuple[float, object]] = {}

    def get(self, digest: str) -> object | None:
        entry = self._entries.get(digest)
        if entry is None or time.monotonic() - entry[0] > self._ttl_s:
            return None
        return entry[1]

    def put(self, digest: str, value: object) -> None:
        if len(self._entries) >= self.MAX_ENTRIES:
            self._entries.clear()
        self._entries[digest] = (time.monotonic(), value)

    def forget(self, digest: str) -> None:
        self._entries.pop(digest, None)

    def forget_key(self, key_id: str) -> None:
        for digest, (_, value) in list(self._entries.items()):
            if getattr(value, "key_id", None) == key_id:
                self._entries.pop(digest, None)
