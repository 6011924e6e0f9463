"""The card from its read model: every write shows on the next read, events within a second, a warm card
needs no service, a cache that is gone costs only speed, and the card's ETag answers 304 while unchanged."""

import datetime as dt
import io
import time
import uuid

import pytest
import requests
from PIL import Image

from clientcard_kit.testing import infra
from gateway.card_cache import CardCache
from gateway.settings import REDIS_URL_DEFAULT
from tests.integration.conftest import BIN, eventually

EVENT_PROPAGATION_S = 2.0  # the promise is one second; the margin is for a loaded CI machine


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def card(api, client_id) -> dict:
    response = api.get(f"/clients/{client_id}/card")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def cache(suite):
    return CardCache.from_url(suite.env.get("REDIS_URL", REDIS_URL_DEFAULT), 60, prefix=suite.env["CARD_CACHE_PREFIX"])


def warmed(api, cache, client_id) -> dict:
    """Read the card until every section is cached (a new client's own events drop sections at first)."""

    def whole():
        body = card(api, client_id)
        assert set(cache.read(client_id)[0]) == {"profile", "billing", "loyalty", "messaging", "files"}
        return body

    return eventually(whole, timeout=10)


def test_every_section_shows_a_write_on_the_very_next_read(api, cache):
    client_id = api.post(
        "/clients", json={"first_name": "Fresh", "phone": "07700 900461", "email": f"fresh.{uuid.uuid4().hex[:8]}@example.com"}
    ).json()["id"]
    warmed(api, cache, client_id)
    starts = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat()
    writes = {
        "client": lambda: api.patch(f"/clients/{client_id}", json={"last_name": "Renamed"}),
        "alerts": lambda: api.post(f"/clients/{client_id}/notes", json={"body": "Latex", "kind": "alert"}),
        "visits": lambda: api.post(f"/clients/{client_id}/visits", json={"starts_at": starts, "service": "Cut"}),
        "balance": lambda: api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(700), "method": "cash"}),
        "loyalty": lambda: api.post(
            f"/clients/{client_id}/loyalty-cards", json={"type": "credit_pack", "service": "Spa", "credits": 3}
        ),
        "messages": lambda: api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "body": "Hello"}),
        "files": lambda: api.post(f"/clients/{client_id}/files", data={"kind": "photo"}, files={"file": ("a.png", png())}),
    }
    seen = {
        "client": lambda c: c["client"]["last_name"] == "Renamed",
        "alerts": lambda c: [a["body"] for a in c["alerts"]] == ["Latex"],
        "visits": lambda c: [v["service"] for v in c["visits"]["upcoming"]] == ["Cut"],
        "balance": lambda c: c["summary"]["balance"] == gbp(700),
        "loyalty": lambda c: any(x.get("service") == "Spa" for x in c["loyalty"].get("credits") or c["loyalty"]["cards"]),
        "messages": lambda c, before: len(c["messages"]["recent"]) > len(before["messages"]["recent"]),
        "files": lambda c, before: len(c["files"]["recent"]) == 1,
    }
    for section, write in writes.items():
        before = card(api, client_id)
        assert write().status_code in (200, 201), section
        check = seen[section]
        after = card(api, client_id)
        shown = check(after, before) if check.__code__.co_argcount == 2 else check(after)
        assert shown, f"{section} did not show on the next read"


def test_points_earned_by_a_payment_show_within_a_second(api, client_id):
    card(api, client_id)
    invoice = api.post(
        f"/clients/{client_id}/invoices",
        json={"lines": [{"description": "Colour", "kind": "service", "unit_price": gbp(5000)}], "discount_percent": "0"},
    ).json()
    assert api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(5000), "method": "card"}).status_code == 201
    paid_at = time.monotonic()

    def earned():
        assert card(api, client_id)["summary"]["loyalty_points"] == 50

    eventually(earned, timeout=EVENT_PROPAGATION_S, interval=0.05)
    print(f"points on the card {time.monotonic() - paid_at:.3f} s after the payment answered")


def test_a_warm_card_is_served_without_asking_any_service(suite, api, client_id, cache):
    warm = warmed(api, cache, client_id)
    suite.stop("profile")
    suite.stop("billing")
    try:
        started = time.monotonic()
        again = card(api, client_id)
        assert time.monotonic() - started < 1.0
        assert again == warm and again["unavailable"] == []
    finally:
        suite.start("profile")
        suite.start("billing")
    suite.wait_ready()


def test_a_flushed_cache_costs_speed_not_correctness(api, client_id, cache):
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(300), "method": "cash"})
    warm = card(api, client_id)
    cache.drop(client_id)
    assert cache.read(client_id)[0] == {}
    assert card(api, client_id) == warm


def test_without_redis_the_card_is_still_right(suite, api, client_id):
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(400), "method": "cash"})
    expected = card(api, client_id)
    port = infra.free_port()
    suite._spawn(
        "gateway_no_redis",
        [
            str(BIN / "gunicorn"),
            "-c",
            "python:gateway.gunicorn_conf",
            "--workers",
            "1",
            "-b",
            f"127.0.0.1:{port}",
            "gateway.app:create_app_from_env()",
        ],
        {"DATABASE_URL": suite.databases["gateway"], "REDIS_URL": f"redis://127.0.0.1:{infra.free_port()}/0"},
    )
    try:
        url = f"http://127.0.0.1:{port}/api/v1/clients/{client_id}/card"
        headers = {"Authorization": f"Bearer {suite.admin_key}"}

        def served():
            try:
                response = requests.get(url, headers=headers, timeout=10)
            except requests.RequestException as error:
                raise AssertionError(str(error)) from None
            assert response.status_code == 200, response.text
            return response.json()

        assert eventually(served, timeout=60) == expected
        api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(100), "method": "cash"})
        assert served()["summary"]["balance"] == gbp(500)
    finally:
        suite.stop("gateway_no_redis")


def test_the_card_answers_304_while_unchanged_and_a_new_etag_after_a_write(api, client_id, cache):
    warmed(api, cache, client_id)
    first = api.get(f"/clients/{client_id}/card")
    tag = first.headers["ETag"]
    assert api.get(f"/clients/{client_id}/card", headers={"If-None-Match": tag}).status_code == 304
    api.post(f"/clients/{client_id}/notes", json={"body": "VIP", "kind": "alert"})
    changed = api.get(f"/clients/{client_id}/card", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag


def test_a_merged_clients_cached_card_goes_at_once(api, cache):
    survivor = api.post("/clients", json={"first_name": "Keep", "last_name": uuid.uuid4().hex[:6]}).json()["id"]
    duplicate = api.post("/clients", json={"first_name": "Dupe", "last_name": uuid.uuid4().hex[:6]}).json()["id"]
    card(api, survivor), card(api, duplicate)
    merged = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate})
    assert merged.status_code == 200, merged.text
    assert cache.read(duplicate)[0] == {} and cache.read(survivor)[0] == {}
    assert card(api, duplicate)["client"]["status"] != "active"
