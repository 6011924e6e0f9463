"""The warm card at the speed of a bare endpoint: a WSGI layer in front of the Flask app.

`GET /api/v1/clients/<id>/card` is answered here, without Flask's request machinery, from the body
the card view composed for this kind of key and left in the read model (`CardCache.store_body`):
one Redis round trip carries the key's rate-limit count, the body and the locations that decide
who may see it. The policy is the same one: the key is verified by the same KeyStore, its view of
the card is `access.card_view_of`, its location limit `access.may_see_locations_of`.

Everything this layer does not answer itself goes to the Flask app unchanged: no key or a
rejected one, a key without `clients:read`, a card showing clinical alerts or medical files (the
view records each such read, so no body of such a card is stored), a client the key may not see
(Flask's 404 says it word for word), a body not composed yet, Redis away, and a key over its limit
(Flask's 429, with the count made here: `COUNTED`).
"""

from __future__ import annotations

import re
import time
import uuid

import redis
from flask import Flask

from gateway import access
from gateway.card_cache import CardCache
from gateway.keys import KeyStore
from gateway.observability import LATENCY, REQUEST_ID_PATTERN, REQUESTS
from gateway.rate_limit import COUNTED, RateLimiter

CARD_PATH = re.compile(r"^/api/v1/clients/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/card$")
CARD_RULE = "/api/v1/clients/<client_id>/card"  # the metrics label the Flask view has
READ_SCOPE = "clients:read"


class WarmCards:
    def __init__(self, app: Flask, next_app):
        self._next = next_app
        self._keys: KeyStore = app.extensions["clientcard.keys"]
        self._cache: CardCache = app.extensions["clientcard.card_cache"]
        self._limiter: RateLimiter = app.extensions["clientcard.rate_limits"]

    def __call__(self, wsgi_env, start_response):
        started = time.perf_counter()
        answer = self._answer(wsgi_env) if wsgi_env.get("REQUEST_METHOD") == "GET" else None
        if answer is None:
            return self._next(wsgi_env, start_response)
        status, headers, body = answer
        start_response(status, headers)
        REQUESTS.labels("GET", CARD_RULE, int(status[:3])).inc()
        LATENCY.labels("GET", CARD_RULE).observe(time.perf_counter() - started)
        return [body]

    def _answer(self, wsgi_env) -> tuple[str, list[tuple[str, str]], bytes] | None:
        """(status, headers, body), or None: Flask answers."""
        matched = CARD_PATH.match(wsgi_env.get("PATH_INFO", ""))
        if matched is None or wsgi_env.get("QUERY_STRING"):
            return None
        scheme, _, secret = wsgi_env.get("HTTP_AUTHORIZATION", "").partition(" ")
        key = self._keys.authenticate(secret.strip()) if scheme.lower() == "bearer" and secret.strip() else None
        if key is None or not key.has(READ_SCOPE):
            return None
        view = access.card_view_of(key)
        if self._cache.bypassed:
            return None
        client_id = matched.group(1)
        per_minute = self._limiter.per_minute(key)
        if per_minute is None:
            try:
                pipe = self._cache.redis.pipeline(transaction=False)
                results = self._cache.queue_body(pipe, client_id, view.signature).execute()
            except redis.RedisError:
                return None  # Flask's path copes with a Redis away
            verdict = None
        else:
            verdict, results = self._limiter.hit(
                key.key_id,
                per_minute,
                connection=self._cache.redis,
                also=lambda pipe: self._cache.queue_body(pipe, client_id, view.signature),
            )
            if verdict is None:
                return None
            wsgi_env[COUNTED] = verdict  # counted once, whoever answers
            if not verdict.allowed:
                return None
        cached = self._cache.parse_body(results)
        if cached is None:
            return None
        etag, body, location_ids = cached
        if not access.may_see_locations_of(key, location_ids):
            return None
        headers = [("ETag", etag.decode()), ("Cache-Control", "private, no-cache"), ("X-Request-ID", _request_id(wsgi_env))]
        not_modified = etag.decode() in wsgi_env.get("HTTP_IF_NONE_MATCH", "")
        if verdict is not None:
            headers += verdict.headers(304 if not_modified else 200)
        if not_modified:
            return "304 NOT MODIFIED", headers, b""
        headers += [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        return "200 OK", headers, body


def _request_id(wsgi_env) -> str:
    incoming = wsgi_env.get("HTTP_X_REQUEST_ID", "")
    return incoming if REQUEST_ID_PATTERN.match(incoming) else str(uuid.uuid4())
