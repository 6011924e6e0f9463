"""The card cache on the real Redis: a drop between a read and its store keeps stale sections out."""

import os
import uuid

import pytest
import redis

from clientcard_kit.testing.tcp_proxy import TcpProxy
from gateway.card_cache import CardCache

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
pytestmark = pytest.mark.servers  # the real Redis
BALANCE = {"balance": {"balance": {"amount": 500, "currency": "GBP"}}}
POINTS = {"points": 12, "tier": None}


@pytest.fixture
def client():
    client = redis.Redis.from_url(REDIS_URL)
    prefix = f"test-{uuid.uuid4().hex[:10]}:"
    client.prefix = prefix
    yield client
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


@pytest.fixture
def cache(client):
    return CardCache(client, ttl_s=60, prefix=client.prefix)


def test_stored_sections_read_back_whole_with_their_generation(cache):
    client_id = str(uuid.uuid4())
    assert cache.read(client_id) == ({}, 0)

    assert cache.store(client_id, 0, {"billing": BALANCE, "loyalty": POINTS})

    assert cache.read(client_id) == ({"billing": BALANCE, "loyalty": POINTS}, 0)


def test_a_drop_removes_only_the_named_sections_and_moves_the_generation(cache):
    client_id = str(uuid.uuid4())
    cache.store(client_id, 0, {"billing": BALANCE, "loyalty": POINTS})

    assert cache.drop(client_id, ["billing"])

    assert cache.read(client_id) == ({"loyalty": POINTS}, 1)
    assert cache.drop(client_id)
    assert cache.read(client_id) == ({}, 2)


def test_a_reader_that_fetched_before_a_concurrent_drop_cannot_put_stale_sections_back(cache):
    client_id = str(uuid.uuid4())
    _, generation = cache.read(client_id)  # a reader misses and asks the services...
    stale = {"billing": BALANCE}
    cache.drop(client_id, ["billing"])  # ...while a top-up commits and the projector drops billing

    assert cache.store(client_id, generation, stale) is False
    assert cache.read(client_id) == ({}, 1)
    fresh = {"billing": {"balance": {"balance": {"amount": 900, "currency": "GBP"}}}}
    assert cache.store(client_id, 1, fresh)  # the next reader, after the drop, fills it
    assert cache.read(client_id) == (fresh, 1)


def test_sections_expire_after_the_ttl_and_the_generation_outlives_them(client):
    cache = CardCache(client, ttl_s=30, prefix=client.prefix)
    client_id = str(uuid.uuid4())
    cache.drop(client_id, ["files"])
    cache.store(client_id, 1, {"files": {"recent": []}})

    key = f"{client.prefix}card:{client_id}"
    assert 0 < client.pttl(key) <= 30_000
    assert client.pttl(f"{key}:gen") > 30_000


def test_redis_going_away_never_raises_and_a_failed_drop_bypasses_the_cache(client):
    host, port = client.connection_pool.connection_kwargs["host"], client.connection_pool.connection_kwargs["port"]
    proxy = TcpProxy(host, port)
    flaky = CardCache.from_url(f"redis://127.0.0.1:{proxy.port}/0", ttl_s=60, prefix=client.prefix)
    client_id = str(uuid.uuid4())
    assert flaky.store(client_id, 0, {"billing": BALANCE})

    proxy.cut()
    assert flaky.read(client_id) == ({}, None)
    assert flaky.store(client_id, 0, {"billing": BALANCE}) is False
    assert flaky.drop(client_id, ["billing"]) is False

    proxy.restore()
    assert flaky.bypassed
    # Redis answers again, but the section it could not drop may be stale: this process does not serve it
    assert flaky.read(client_id) == ({}, None)
    assert flaky.store(client_id, 0, {"billing": BALANCE}) is False
