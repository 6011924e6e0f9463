"""The card projector over the whole suite: a write through the gateway drops the right cached section.

The gateway drops a written client's whole card itself (read-your-writes), so each test holds the
projector (SIGSTOP) during the write, seeds the cache after the gateway's drop, then lets it go.
"""

import contextlib
import io
import os
import signal
import time
import uuid

import pika
import pytest
from PIL import Image

from gateway.card_cache import CardCache
from gateway.card_projector.consumer import QUEUE
from gateway.settings import REDIS_URL_DEFAULT

PROPAGATION_S = 1.0  # commit, relay, broker, projector, Redis: the read model's promise
SEEDED = {service: {"seeded": True} for service in ("profile", "billing", "loyalty", "messaging", "files")}


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


@pytest.fixture(scope="module")
def card_cache(suite, test_amqp_uri):
    channel = pika.BlockingConnection(pika.URLParameters(test_amqp_uri)).channel()
    deadline = time.monotonic() + 30
    while not channel.queue_declare(QUEUE, passive=True).method.consumer_count:
        assert time.monotonic() < deadline, "the projector is not consuming"
        time.sleep(0.1)
    channel.connection.close()
    return CardCache.from_url(suite.env.get("REDIS_URL", REDIS_URL_DEFAULT), 60, prefix=suite.env["CARD_CACHE_PREFIX"])


@pytest.fixture
def held(suite, card_cache):
    """A context in which the projector takes no events; on leaving it, `seeds` are cached with every section."""

    @contextlib.contextmanager
    def hold(*seeds: str):
        projector = suite.processes["card_projector"].pid
        os.kill(projector, signal.SIGSTOP)
        try:
            yield
            for client_id in seeds:
                assert card_cache.store(client_id, card_cache.read(client_id)[1], SEEDED)
        finally:
            os.kill(projector, signal.SIGCONT)

    return hold


def dropped(card_cache, client_id, service: str) -> float:
    """Seconds until `service`'s section of the client left the cache (fails after PROPAGATION_S)."""
    started = time.monotonic()
    while service in card_cache.read(client_id)[0]:
        assert time.monotonic() - started < PROPAGATION_S, f"{service} section still cached"
        time.sleep(0.01)
    return time.monotonic() - started


def test_a_top_up_drops_the_billing_section_only(api, card_cache, held, client_id):
    with held(client_id):
        response = api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(2500), "method": "cash"})
        assert response.status_code == 201, response.text

    dropped(card_cache, client_id, "billing")
    assert {"loyalty", "messaging", "files"} <= set(card_cache.read(client_id)[0])


def test_a_payment_drops_billing_and_then_loyalty_as_its_points_arrive(api, card_cache, held, client_id):
    invoice = api.post(
        f"/clients/{client_id}/invoices", json={"lines": [{"description": "Cut", "kind": "service", "unit_price": gbp(4000)}]}
    ).json()
    with held(client_id):
        paid = api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(4000), "method": "card"})
        assert paid.status_code in (200, 201), paid.text

    dropped(card_cache, client_id, "billing")
    dropped(card_cache, client_id, "loyalty")
    assert "files" in card_cache.read(client_id)[0]


def test_a_loyalty_adjustment_drops_the_loyalty_section(api, card_cache, held, client_id):
    card = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()
    with held(client_id):
        added = api.post(f"/loyalty-cards/{card['id']}/adjustments", json={"points": 40, "reason": "welcome"})
        assert added.status_code == 201, added.text

    dropped(card_cache, client_id, "loyalty")
    assert "files" in card_cache.read(client_id)[0]


def test_a_message_drops_the_messaging_section(api, card_cache, held, client_id):
    with held(client_id):
        sent = api.post(f"/clients/{client_id}/messages", json={"channel": "email", "subject": "Hi", "body": "See you"})
        assert sent.status_code == 201, sent.text

    dropped(card_cache, client_id, "messaging")
    assert "files" in card_cache.read(client_id)[0]


def test_a_file_upload_drops_the_files_section(api, card_cache, held, client_id):
    image = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 20, 30)).save(image, format="PNG")
    with held(client_id):
        stored = api.post(
            f"/clients/{client_id}/files", files={"file": ("p.png", image.getvalue(), "image/png")}, data={"kind": "photo"}
        )
        assert stored.status_code == 201, stored.text

    dropped(card_cache, client_id, "files")
    assert "loyalty" in card_cache.read(client_id)[0]


def test_a_merge_drops_the_whole_card_of_both_clients(api, card_cache, held, client_id):
    duplicate = api.post("/clients", json={"first_name": "Dup", "last_name": uuid.uuid4().hex[:6]}).json()["id"]
    with held(client_id, duplicate):
        merged = api.post(f"/clients/{client_id}/merge", json={"source_id": duplicate})
        assert merged.status_code in (200, 201), merged.text

    for client in (client_id, duplicate):
        for service in SEEDED:
            dropped(card_cache, client, service)
