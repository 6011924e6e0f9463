"""The warm card's WSGI fast path on the real Redis: what it answers itself, and what it leaves to Flask."""

import os
import uuid

import pytest
import redis

from gateway.access import card_view_of
from gateway.card_cache import CardCache
from gateway.card_fast_path import WarmCards
from gateway.keys import Principal
from gateway.rate_limit import COUNTED, RateLimiter

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
pytestmark = pytest.mark.servers  # the real Redis
HOME, ELSEWHERE = str(uuid.uuid4()), str(uuid.uuid4())
DESK_SCOPES = frozenset({"clients:read", "billing:read"})


class Keys:
    """The KeyStore's `authenticate`, over a fixed table of secrets."""

    def __init__(self, table: dict[str, Principal]):
        self.table = table

    def authenticate(self, secret: str):
        return self.table.get(secret)


def key(*, limit=None, locations=None, scopes=DESK_SCOPES) -> Principal:
    return Principal(key_id=str(uuid.uuid4()), name="desk", scopes=scopes, location_ids=locations, rate_limit=limit)


class Flask:
    """What the fast path hands on: records the environ, answers `flask`."""

    def __init__(self, extensions):
        self.extensions = extensions
        self.seen = []

    def __call__(self, environ, start_response):
        self.seen.append(environ)
        start_response("299 FLASK", [])
        return [b"flask"]


@pytest.fixture
def redis_client():
    client = redis.Redis.from_url(REDIS_URL)
    prefix = f"test-{uuid.uuid4().hex[:10]}:"
    yield client, prefix
    for name in client.scan_iter(match=f"{prefix}*"):
        client.delete(name)
    client.close()


@pytest.fixture
def setup(redis_client):
    client, prefix = redis_client
    cache = CardCache(client, ttl_s=60, prefix=prefix)
    keys = Keys({})
    flask = Flask(
        {
            "clientcard.keys": keys,
            "clientcard.card_cache": cache,
            "clientcard.rate_limits": RateLimiter(REDIS_URL, default_per_minute=0),
        }
    )
    return WarmCards(flask, flask), flask, cache, keys


def get(app, client_id, secret, **headers):
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": f"/api/v1/clients/{client_id}/card",
        "QUERY_STRING": "",
        "HTTP_AUTHORIZATION": f"Bearer {secret}",
        **headers,
    }
    answered = {}
    body = b"".join(app(environ, lambda status, headers: answered.update(status=status, headers=dict(headers))))
    return answered["status"], answered["headers"], body, environ


def stored(cache, client_id, principal, body=b'{"card": 1}', etag='"tag-1"', locations=(HOME,)):
    """What the card view leaves after composing the card for this key's view."""
    signature = card_view_of(principal).signature
    assert cache.store_body(client_id, cache.read(client_id)[1], signature, etag, body, list(locations))


def test_a_stored_body_is_answered_without_flask_with_its_etag_and_request_id(setup):
    app, flask, cache, keys = setup
    keys.table["s"] = desk = key()
    client_id = str(uuid.uuid4())
    stored(cache, client_id, desk)

    status, headers, body, _ = get(app, client_id, "s", HTTP_X_REQUEST_ID="abc-1")

    assert (status, body, flask.seen) == ("200 OK", b'{"card": 1}', [])
    assert headers["ETag"] == '"tag-1"' and headers["X-Request-ID"] == "abc-1"
    assert headers["Content-Type"] == "application/json" and headers["Cache-Control"] == "private, no-cache"
    status, headers, body, _ = get(app, client_id, "s", HTTP_IF_NONE_MATCH='"tag-1"')
    assert (status, body, headers["ETag"]) == ("304 NOT MODIFIED", b"", '"tag-1"')


def test_flask_answers_what_the_fast_path_cannot(setup):
    app, flask, cache, keys = setup
    keys.table.update(
        desk=key(), narrow=key(scopes=frozenset({"billing:read"})), other=key(scopes=DESK_SCOPES | {"loyalty:read"})
    )
    client_id, unknown = str(uuid.uuid4()), str(uuid.uuid4())
    stored(cache, client_id, keys.table["desk"])

    assert get(app, unknown, "desk")[0] == "299 FLASK"  # no body composed yet
    assert get(app, client_id, "nobody")[0] == "299 FLASK"  # a rejected key: Flask's 401
    assert get(app, client_id, "narrow")[0] == "299 FLASK"  # no clients:read: Flask's 403
    assert get(app, client_id, "other")[0] == "299 FLASK"  # another view of the card: its own body
    assert get(app, client_id, "desk", QUERY_STRING="x=1")[0] == "299 FLASK"
    assert get(app, client_id, "desk", REQUEST_METHOD="POST")[0] == "299 FLASK"

    cache.drop(client_id, ["billing"])  # any drop takes every composed body with it
    assert get(app, client_id, "desk")[0] == "299 FLASK"


def test_a_location_limited_key_gets_only_its_locations_cards_here(setup):
    app, flask, cache, keys = setup
    keys.table.update(home=key(locations=frozenset({HOME})), away=key(locations=frozenset({ELSEWHERE})))
    client_id = str(uuid.uuid4())
    stored(cache, client_id, keys.table["home"], locations=(HOME,))

    assert get(app, client_id, "home")[0] == "200 OK"
    assert get(app, client_id, "away")[0] == "299 FLASK"  # Flask's 404, word for word that of an unknown client


def test_the_rate_limit_is_counted_once_here_and_flask_is_told(setup):
    app, flask, cache, keys = setup
    keys.table["s"] = limited = key(limit=2)
    client_id = str(uuid.uuid4())
    stored(cache, client_id, limited)

    first, second, third = (get(app, client_id, "s") for _ in range(3))

    assert [first[0], second[0], third[0]] == ["200 OK", "200 OK", "299 FLASK"]
    assert [first[1]["RateLimit-Remaining"], second[1]["RateLimit-Remaining"]] == ["1", "0"]
    verdict = third[3][COUNTED]
    assert not verdict.allowed and verdict.remaining == 0  # Flask answers the 429 without counting again
