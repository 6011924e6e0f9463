"""The card's read model in Redis: each service's `get_card_section` answer per client, dropped by the projector.

`card:{client_id}` is a hash with one JSON field per service; `card:{client_id}:bodies` holds the
card composed for each kind of key (see gateway.card_fast_path); `card:{client_id}:gen` counts the
drops: any drop removes every composed body. A reader stores what it fetched only if no drop came in between, so a section fetched
before a change can never be put back after the change's drop. Redis failures never reach the
caller: a read misses, a store is skipped, and a failed drop makes this process bypass the cache
for `ttl_s` (whatever it could not drop has expired by then).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable

import redis

log = logging.getLogger(__name__)

# KEYS: hash, generation; ARGV: generation read, ttl (ms), then field, value pairs
_STORE_IF_UNCHANGED = """
if tonumber(redis.call('GET', KEYS[2]) or '0') ~= tonumber(ARGV[1]) then
    return 0
end
for i = 3, #ARGV, 2 do
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
-- NX: a field stored later does not extend older ones; every field is at most ttl old
redis.call('PEXPIRE', KEYS[1], ARGV[2], 'NX')
return 1
"""

# KEYS: bodies hash, generation; ARGV: generation read, ttl (ms), view signature, body, access
_STORE_BODY_IF_UNCHANGED = """
if tonumber(redis.call('GET', KEYS[2]) or '0') ~= tonumber(ARGV[1]) then
    return 0
end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4], 'access', ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2], 'NX')
return 1
"""

GENERATION_TTL_FACTOR = 10  # the counter outlives the hash, so a store never meets a forgotten drop


class CardCache:
    def __init__(self, client: redis.Redis, ttl_s: float, *, prefix: str = ""):
        self._redis = client
        self.ttl_s = ttl_s
        self._prefix = prefix
        self._store = client.register_script(_STORE_IF_UNCHANGED)
        self._store_body = client.register_script(_STORE_BODY_IF_UNCHANGED)
        self._bypass_until = 0.0

    @classmethod
    def from_url(cls, url: str, ttl_s: float, *, prefix: str = "", timeout_s: float = 0.2) -> CardCache:
        """A cache on its own connection pool; short timeouts, because a miss is cheaper than a wait."""
        client = redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        return cls(client, ttl_s, prefix=prefix)

    def _keys(self, client_id: str) -> tuple[str, str]:
        key = f"{self._prefix}card:{client_id}"
        return key, f"{key}:gen"

    @property
    def bypassed(self) -> bool:
        """True while a failed drop keeps this process off the cache."""
        return time.monotonic() < self._bypass_until

    def read(self, client_id: str) -> tuple[dict[str, dict], int | None]:
        """(sections by service, generation) in one round trip; ({}, None) when the cache is unusable."""
        if self.bypassed:
            return {}, None
        try:
            return self.parse_read(self.queue_read(self._redis.pipeline(transaction=False), client_id).execute())
        except redis.RedisError:
            log.warning("card cache: read of %s failed; reading the services", client_id, exc_info=True)
            return {}, None

    def queue_body(self, pipe, client_id: str, signature: str):
        """Queue the read of a composed card body (see `store_body`) on a pipeline of the caller's."""
        return pipe.hmget(f"{self._prefix}card:{client_id}:bodies", signature, "access")

    @staticmethod
    def parse_body(results: list) -> tuple[bytes, bytes, list[str]] | None:
        """(etag, body, the client's location ids) from `queue_body`'s results; None when not cached."""
        value, access = results[0]
        if value is None or access is None:
            return None
        etag, _, body = value.partition(b"\n")
        return etag, body, json.loads(access)

    def store_body(
        self, client_id: str, generation: int | None, signature: str, etag: str, body: bytes, location_ids: list[str]
    ) -> bool:
        """Keep the card as one kind of key sees it (`signature`), with the locations that decide who may
        see it, if no drop came in since `generation` was read: a warm card then needs no JSON work."""
        if generation is None or self.bypassed:
            return False
        key, gen_key = self._keys(client_id)
        try:
            return bool(
                self._store_body(
                    keys=[f"{key}:bodies", gen_key],
                    args=[generation, int(self.ttl_s * 1000), signature, etag.encode() + b"\n" + body, json.dumps(location_ids)],
                )
            )
        except redis.RedisError:
            log.warning("card cache: store of %s's body failed", client_id, exc_info=True)
            return False

    @property
    def redis(self) -> redis.Redis:
        return self._redis

    def queue_read(self, pipe, client_id: str):
        """Queue `read`'s two commands on a pipeline of the caller's (to share its round trip)."""
        key, gen_key = self._keys(client_id)
        return pipe.hgetall(key).get(gen_key)

    @staticmethod
    def parse_read(results: list) -> tuple[dict[str, dict], int]:
        """`read`'s answer from the results of `queue_read`'s commands."""
        fields, generation = results
        return {name.decode(): json.loads(value) for name, value in fields.items()}, int(generation or 0)

    def store(self, client_id: str, generation: int | None, sections: dict[str, dict]) -> bool:
        """Write `sections` if the generation is still the one `read` gave; False when skipped."""
        if generation is None or not sections or self.bypassed:
            return False
        pairs = [part for name, section in sections.items() for part in (name, json.dumps(section))]
        try:
            return bool(self._store(keys=self._keys(client_id), args=[generation, int(self.ttl_s * 1000), *pairs]))
        except redis.RedisError:
            log.warning("card cache: store of %s failed", client_id, exc_info=True)
            return False

    def drop(self, client_id: str, services: Iterable[str] | None = None) -> bool:
        """Bump the generation and remove those services' sections (all of them when None).

        Returns False when Redis did not answer; this process then bypasses the cache for `ttl_s`.
        """
        try:
            self.drop_many({client_id: services})
        except redis.RedisError:
            log.warning("card cache: drop of %s failed; bypassing the cache for %.0f s", client_id, self.ttl_s, exc_info=True)
            self._bypass_until = time.monotonic() + self.ttl_s
            return False
        return True

    def drop_many(self, drops: dict[str, Iterable[str] | None]) -> None:
        """Several clients' drops in one transaction (the projector's); raises redis.RedisError.

        Unlike `drop`, a failure is the caller's to handle: the projector requeues its events.
        """
        pipe = self._redis.pipeline(transaction=True)
        for client_id, services in drops.items():
            key, gen_key = self._keys(client_id)
            pipe.incr(gen_key).pexpire(gen_key, int(self.ttl_s * 1000 * GENERATION_TTL_FACTOR))
            names = None if services is None else list(services)
            if names is None:
                pipe.delete(key, f"{key}:bodies")
            elif names:
                pipe.hdel(key, *names).delete(f"{key}:bodies")  # every composed body held the dropped sections
        pipe.execute()

    def drop_every_card(self) -> int:
        """Remove every cached card under this prefix (generations stay); raises redis.RedisError."""
        dropped = 0
        batch = []
        for key in self._redis.scan_iter(match=f"{self._prefix}card:*", count=1000):
            if not key.endswith(b":gen"):
                batch.append(key)
            if len(batch) >= 1000:
                dropped += self._redis.delete(*batch)
                batch = []
        if batch:
            dropped += self._redis.delete(*batch)
        return dropped
