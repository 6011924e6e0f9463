"""The projector on a real broker vhost and Redis: it drops on events, waits out Redis, survives the broker."""

import contextlib
import json
import os
import threading
import time
import uuid
from urllib.parse import urlsplit

import pika
import pytest
import redis
from prometheus_client import REGISTRY

from clientcard_kit.testing.tcp_proxy import TcpProxy
from gateway.card_cache import CardCache
from gateway.card_projector.consumer import QUEUE, CardProjector

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
SECTIONS = {"billing": {"balance": {}}, "loyalty": {"points": 3}}


@pytest.fixture
def prefix():
    prefix = f"test-{uuid.uuid4().hex[:10]}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


def _through(proxy: TcpProxy, url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(
        netloc=f"{parts.netloc.rsplit('@', 1)[0]}@127.0.0.1:{proxy.port}" if "@" in parts.netloc else f"127.0.0.1:{proxy.port}"
    ).geturl()


def _start(amqp_uri: str, cache: CardCache, **hooks):
    stop = threading.Event()
    projector = CardProjector(amqp_uri, cache, prefetch=50)
    thread = threading.Thread(target=projector.run, args=(stop,), kwargs=hooks, daemon=True)
    thread.start()
    channel = pika.BlockingConnection(pika.URLParameters(amqp_uri)).channel()
    deadline = time.monotonic() + 10
    while True:  # events published before the queue is bound would be lost: wait for the consumer
        try:
            if channel.queue_declare(QUEUE, passive=True).method.consumer_count:
                break
        except pika.exceptions.ChannelClosedByBroker:
            channel = channel.connection.channel()
        assert time.monotonic() < deadline, "the projector never started consuming"
        time.sleep(0.05)
    return stop, thread, channel


def _stop(stop: threading.Event, thread: threading.Thread, channel) -> None:
    stop.set()
    thread.join(5)
    with contextlib.suppress(pika.exceptions.AMQPError):  # the test cut it: nothing left to close
        channel.connection.close()


def _publish(channel, service: str, event_type: str, payload: dict) -> None:
    channel.basic_publish(
        f"{service}.events",
        event_type,
        json.dumps({"event_id": str(uuid.uuid4()), **payload}),
        pika.BasicProperties(content_type="application/json", delivery_mode=2),
    )


def _until(predicate, deadline_s: float = 5) -> bool:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def _redis_failures() -> float:
    """Batches the projector requeued because Redis failed, in this process so far."""
    return REGISTRY.get_sample_value("clientcard_card_projector_redis_failures_total") or 0.0


def test_an_event_drops_its_services_section_of_each_client_it_names(test_amqp_uri, prefix):
    cache = CardCache.from_url(REDIS_URL, 60, prefix=prefix)
    stop, thread, channel = _start(test_amqp_uri, cache)
    payer, client = str(uuid.uuid4()), str(uuid.uuid4())
    try:
        for someone in (payer, client):
            cache.store(someone, 0, SECTIONS)
        _publish(channel, "billing", "payment_recorded", {"client_id": client, "payer_client_id": payer})
        loyalty_only = {"loyalty": SECTIONS["loyalty"]}
        assert _until(lambda: cache.read(payer) == (loyalty_only, 1) and cache.read(client) == (loyalty_only, 1))

        _publish(channel, "profile", "client_merged", {"client_id": client, "source_id": payer})
        assert _until(lambda: cache.read(payer) == ({}, 2) and cache.read(client) == ({}, 2))
    finally:
        _stop(stop, thread, channel)


def test_a_redis_outage_keeps_the_event_until_redis_answers(test_amqp_uri, prefix):
    host, port = urlsplit(REDIS_URL).hostname, urlsplit(REDIS_URL).port or 6379
    proxy = TcpProxy(host, port)
    direct = CardCache.from_url(REDIS_URL, 60, prefix=prefix)
    stop, thread, channel = _start(test_amqp_uri, CardCache.from_url(_through(proxy, REDIS_URL), 60, prefix=prefix))
    client = str(uuid.uuid4())
    try:
        direct.store(client, 0, SECTIONS)
        failures = _redis_failures()
        proxy.cut()
        _publish(channel, "loyalty", "points_earned", {"client_id": client, "points": 10})
        assert _until(lambda: _redis_failures() > failures), "the projector never tried Redis with the event"
        assert direct.read(client) == (SECTIONS, 0)  # not dropped, and not acked either:

        proxy.restore()
        assert _until(lambda: direct.read(client) == ({"billing": SECTIONS["billing"]}, 1))
    finally:
        _stop(stop, thread, channel)


def test_the_projector_reconnects_after_the_broker_went_away(test_amqp_uri, prefix):
    parts = urlsplit(test_amqp_uri)
    proxy = TcpProxy(parts.hostname, parts.port or 5672)
    cache = CardCache.from_url(REDIS_URL, 60, prefix=prefix)
    lost = threading.Event()
    stop, thread, channel = _start(_through(proxy, test_amqp_uri), cache, on_lost=lost.set)
    client = str(uuid.uuid4())
    try:
        proxy.cut()
        assert lost.wait(10), "the projector never noticed the broker went away"
        proxy.restore()
        cache.store(client, 0, SECTIONS)
        with pika.BlockingConnection(pika.URLParameters(test_amqp_uri)) as direct:
            _publish(direct.channel(), "files", "file_stored", {"client_id": client, "file_id": "f1"})

        assert _until(lambda: cache.read(client) == (SECTIONS, 1), deadline_s=15)
    finally:
        _stop(stop, thread, channel)
