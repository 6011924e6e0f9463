"""Per-key request limits in Redis, with the `limits` library's sliding window counter.

One Redis round trip per request; a view that reads Redis itself (the card) takes the count into
its own round trip (`joins_rate_limit`). When Redis is away the gateway serves on (fail open) and
says so in the log and on /readyz.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Response, current_app, g, request
from limits import RateLimitItemPerMinute
from limits.storage import RedisStorage
from redis.exceptions import NoScriptError, RedisError

from gateway.errors import Problem
from gateway.keys import Principal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after_s: int

    def headers(self, status_code: int) -> list[tuple[str, str]]:
        """The RateLimit-* headers of an answer (and Retry-After on a 429): for Flask's answers and the
        card's fast path alike, as plain pairs so the fast path needs no Flask object."""
        headers = [("RateLimit-Limit", str(self.limit)), ("RateLimit-Remaining", str(self.remaining))]
        if status_code == 429:
            headers.append(("Retry-After", str(self.retry_after_s)))
        return headers


Queue = Callable[[object], object]  # adds commands to a redis pipeline
COUNTED = "clientcard.rate_limit.verdict"  # in the WSGI environ: the card's fast path counted this request


class RateLimiter:
    OUTAGE_S = 5.0  # after a Redis error, requests skip Redis (and the warning) for this long

    def __init__(self, redis_url: str, default_per_minute: int):
        # short timeouts: a Redis that hangs must not hold every request
        self._storage = RedisStorage(redis_url, key_prefix="clientcard:rate", socket_connect_timeout=0.25, socket_timeout=0.25)
        self.default_per_minute = default_per_minute
        self._skip_until = 0.0

    def per_minute(self, principal: Principal) -> int | None:
        """The key's requests a minute: its own, else the global default; None: unlimited (0)."""
        limit = self.default_per_minute if principal.rate_limit is None else principal.rate_limit
        return limit or None

    def hit(
        self, key_id: str, per_minute: int, *, connection=None, also: Queue | None = None
    ) -> tuple[Verdict | None, list | None]:
        """Count one request of this key: (verdict, results of `also`). `also` queues the caller's own
        commands into the same round trip on `connection` (a client of the same Redis). (None, None)
        when Redis cannot say: the request is served, and the caller reads for itself."""
        if time.monotonic() < self._skip_until:
            return None, None
        item = RateLimitItemPerMinute(per_minute)
        try:
            acquired, window, *extra = self._acquire(item, key_id, connection, also)
        except (RedisError, OSError) as error:
            self._skip_until = time.monotonic() + self.OUTAGE_S
            log.warning("rate limits are off for %.0f s: Redis is unavailable (%s)", self.OUTAGE_S, error)
            return None, None
        remaining, reset_in = _window_stats(item, window)
        return Verdict(bool(acquired), per_minute, remaining, max(1, math.ceil(reset_in))), extra

    def _acquire(self, item, key_id: str, connection, also: Queue | None) -> list:
        """limits' own scripts for its sliding window counter (`acquire_sliding_window_entry`, then
        `get_sliding_window`, as `hit` and `get_window_stats` call them), pipelined: one round trip."""
        storage = self._storage
        key = item.key_for(key_id)
        keys = [
            storage.prefixed_key(storage._previous_window_key(key)),
            storage.prefixed_key(storage._current_window_key(key)),
        ]
        expiry = item.get_expiry()
        connection = connection or storage.get_connection()
        for attempt in (1, 2):
            pipe = connection.pipeline(transaction=False)
            pipe.evalsha(storage.lua_acquire_sliding_window.sha, len(keys), *keys, item.amount, expiry, 1)
            pipe.evalsha(storage.lua_sliding_window.sha, len(keys), *keys, expiry)
            if also is not None:
                also(pipe)
            try:
                return pipe.execute()
            except NoScriptError:
                if attempt == 2:
                    raise
                # a Redis that restarted forgot the scripts: load them once, then go on as before
                for script in (storage.lua_acquire_sliding_window, storage.lua_sliding_window):
                    connection.script_load(script.script)

    def status(self) -> dict:
        """For /readyz: whether Redis answers (rate limits are off while it does not)."""
        try:
            self._storage.get_connection().ping()
            return {"status": "ok"}
        except (RedisError, OSError) as error:
            return {"status": "error", "detail": f"{type(error).__name__}: rate limits are off"}


def _window_stats(item, window) -> tuple[int, float]:
    """(remaining, seconds to reset) from the window the pipeline read: limits' get_window_stats arithmetic."""
    previous_count, current_count = int(window[0] or 0), int(window[2] or 0)
    previous_ttl, current_ttl = max(0.0, float(window[1] or 0)) / 1000, max(0.0, float(window[3] or 0)) / 1000
    expiry = item.get_expiry()
    weighted = previous_count * previous_ttl / expiry + current_count
    remaining = max(0, item.amount - math.floor(weighted))
    resets = [previous_ttl % (expiry / previous_count)] if previous_count else []
    resets += [current_ttl % expiry] if current_count else []
    return remaining, min(resets, default=0.0)


def joins_rate_limit(view_class):
    """Marks a MethodView that counts the request in its own Redis round trip by `count_joined`:
    the hot card read then costs one round trip, not two."""
    view_class.joins_rate_limit = True
    return view_class


def _limiter() -> RateLimiter:
    return current_app.extensions["clientcard.rate_limits"]


def enforce() -> None:
    """before_request, after authentication: 429 once the key is over its limit."""
    principal = getattr(g, "principal", None)
    if principal is None:
        return
    per_minute = _limiter().per_minute(principal)
    if per_minute is None:
        return
    counted = request.environ.get(COUNTED)
    if counted is not None:
        _apply(counted)
        return
    view = current_app.view_functions.get(request.endpoint)
    if getattr(getattr(view, "view_class", None), "joins_rate_limit", False):
        g.rate_limit_due = (principal.key_id, per_minute)
        return
    _apply(_limiter().hit(principal.key_id, per_minute)[0])


def count_joined(connection=None, also: Queue | None = None) -> list | None:
    """In a view marked `joins_rate_limit`: count the request with the view's own Redis commands
    (`also`, on `connection`) in one round trip; 429 when over the limit. Returns the results of
    `also`, or None when they were not run (an unlimited key, Redis away): the view reads for itself."""
    due = g.pop("rate_limit_due", None)
    if due is None:
        return None
    verdict, results = _limiter().hit(*due, connection=connection, also=also)
    _apply(verdict)
    return results


def _apply(verdict: Verdict | None) -> None:
    if verdict is None:
        return
    g.rate_limit = verdict
    per_minute = verdict.limit
    if not verdict.allowed:
        raise Problem(
            429,
            "Too many requests",
            f"This API key may make {per_minute} requests a minute; retry in {verdict.retry_after_s} s",
            code="rate-limited",
        )


def add_headers(response: Response) -> Response:
    """after_request: every answer to a limited key says its limit and what is left of it."""
    due = g.pop("rate_limit_due", None)
    if due is not None:  # a joining view that answered before counting (a 404, say) is counted all the same
        verdict = _limiter().hit(*due)[0]
        g.rate_limit = verdict or g.get("rate_limit")
    verdict: Verdict | None = g.get("rate_limit")
    if verdict is not None:
        for name, value in verdict.headers(response.status_code):
            response.headers[name] = value
    return response
