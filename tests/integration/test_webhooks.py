"""Webhooks over the whole suite: real local receivers check signatures, retries and the events feed.

The suite's worker retries within seconds (conftest's WEBHOOK_TEST_ENV): a day of retries is 20 s here.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pika
import pytest

from clientcard_kit.testing import infra
from gateway.webhook_worker.intake import QUEUE
from gateway.webhooks import signing

SECRET = "whsec_test_0123456789abcdef"
PROPAGATION_S = 15.0


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that keeps what it was sent; `status` is its answer; it can be down."""

    def __init__(self, port: int | None = None):
        self.port = port or infra.free_port()
        self.url = f"http://127.0.0.1:{self.port}/hooks?source=clientcard"
        self.received: list[dict] = []
        self.status = 200
        self._server = None

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *_):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def events(self, client_id: str | None = None, event_type: str | None = None) -> list[dict]:
        found = []
        for request in list(self.received):
            envelope = json.loads(request["body"])
            if event_type and envelope["type"] != event_type:
                continue
            if client_id and client_id not in (envelope["data"].get("client_id"), envelope["data"].get("id")):
                continue
            found.append({**envelope, "_request": request})
        return found


@pytest.fixture(scope="module")
def worker(suite, test_amqp_uri):
    """The webhook worker is consuming (its queue is bound before any test writes)."""
    channel = pika.BlockingConnection(pika.URLParameters(test_amqp_uri)).channel()
    deadline = time.monotonic() + 30
    while not channel.queue_declare(QUEUE, passive=True).method.consumer_count:
        assert time.monotonic() < deadline, "the webhook worker is not consuming"
        time.sleep(0.1)
    channel.connection.close()


@pytest.fixture
def receiver(worker):
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


def subscribe(api, url: str, events: list[str], secret: str = SECRET) -> dict:
    response = api.post("/webhooks", json={"url": url, "events": events, "secret": secret})
    assert response.status_code == 201, response.text
    return response.json()


def new_client(api, **fields) -> dict:
    response = api.post("/clients", json={"first_name": "Hook", "last_name": uuid.uuid4().hex[:8], **fields})
    assert response.status_code == 201, response.text
    return response.json()


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def test_a_subscriber_receives_a_signed_event_with_the_client_as_the_api_shows_it(api, receiver, wait_until):
    hook = subscribe(api, receiver.url, ["client.created"])
    assert hook["active"] and "secret" in hook
    client = new_client(api, email="hook@example.com")

    def delivered():
        events = receiver.events(client["id"], "client.created")
        assert len(events) == 1
        return events[0]

    event = wait_until(delivered, timeout=PROPAGATION_S)
    request = event["_request"]
    assert request["path"] == "/hooks?source=clientcard"
    assert signing.verify(
        SECRET,
        request["headers"]["Clientcard-Timestamp"],
        request["headers"]["Clientcard-Signature"],
        request["body"],
        now=int(time.time()),
    )
    assert not signing.verify(
        "another-secret-000000",
        request["headers"]["Clientcard-Timestamp"],
        request["headers"]["Clientcard-Signature"],
        request["body"],
        now=int(time.time()),
    )
    assert set(event) - {"_request"} == {"id", "type", "occurred_at", "data"}
    shown = api.get(f"/clients/{client['id']}").json()
    assert event["data"] == shown
    api.delete(f"/webhooks/{hook['id']}")


def test_a_payment_and_its_balance_and_points_reach_a_wildcard_subscriber(api, receiver, client_id, wait_until):
    card = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"})
    assert card.status_code == 201, card.text
    hook = subscribe(api, receiver.url, ["*"])
    invoice = api.post(
        f"/clients/{client_id}/invoices", json={"lines": [{"description": "Cut", "kind": "service", "unit_price": gbp(4000)}]}
    ).json()
    paid = api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(4000), "method": "card"})
    assert paid.status_code in (200, 201), paid.text
    payment_id = paid.json()["payment"]["id"]

    def arrived():
        types = {event["type"] for event in receiver.events(client_id)}
        assert {"invoice.issued", "payment.recorded", "points.earned"} <= types, types

    wait_until(arrived, timeout=PROPAGATION_S)
    payment = receiver.events(client_id, "payment.recorded")[0]["data"]
    assert payment["id"] == invoice["id"] and payment["payment"]["id"] == payment_id
    assert payment["payment"]["amount"] == gbp(4000) and payment["status"] == "paid"
    points = receiver.events(client_id, "points.earned")[0]["data"]
    assert points["points"] == api.get(f"/clients/{client_id}/loyalty").json()["points"]
    api.delete(f"/webhooks/{hook['id']}")


def test_a_receiver_down_then_up_misses_nothing_and_its_attempts_are_listed(api, worker, wait_until):
    receiver = Receiver()  # not listening yet: connections are refused
    hook = subscribe(api, receiver.url, ["client.created", "client.updated"])
    client = new_client(api)
    assert api.patch(f"/clients/{client['id']}", json={"tags": ["vip"]}).status_code == 200

    def failed_once():
        items = api.get(f"/webhooks/{hook['id']}/deliveries").json()["items"]
        assert len(items) == 2 and any(item["attempts"] for item in items)
        return items

    failed = wait_until(failed_once, timeout=PROPAGATION_S)
    first = next(item for item in failed if item["attempts"])["attempts"][0]
    assert first["status_code"] is None and first["error"]
    receiver.start()
    try:
        wait_until(lambda: _assert_types(receiver, client["id"], {"client.created", "client.updated"}), timeout=PROPAGATION_S)

        def both_delivered():
            items = api.get(f"/webhooks/{hook['id']}/deliveries", params={"status": "delivered"}).json()["items"]
            assert len(items) == 2  # the receiver has them; their settling may take a moment more
            return items

        items = wait_until(both_delivered, timeout=PROPAGATION_S)
        assert all(item["attempts"][-1]["status_code"] == 200 for item in items)
        assert api.get(f"/webhooks/{hook['id']}").json()["active"] is True
    finally:
        receiver.stop()
        api.delete(f"/webhooks/{hook['id']}")


def _assert_types(receiver, client_id, types):
    assert {event["type"] for event in receiver.events(client_id)} >= types


def test_a_receiver_failing_for_the_whole_retry_window_is_disabled_with_a_reason(api, receiver, wait_until):
    receiver.status = 500
    hook = subscribe(api, receiver.url, ["client.created"])
    client = new_client(api)

    def disabled():
        shown = api.get(f"/webhooks/{hook['id']}").json()
        assert shown["active"] is False, shown
        return shown

    shown = wait_until(disabled, timeout=60)
    assert "HTTP 500" in shown["disabled_reason"]
    delivery = api.get(f"/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert delivery["status"] == "failed" and len(delivery["attempts"]) >= 3
    assert {attempt["status_code"] for attempt in delivery["attempts"]} == {500}
    times = [datetime.fromisoformat(attempt["at"]) for attempt in delivery["attempts"]]
    waits = [(later - earlier).total_seconds() for earlier, later in zip(times, times[1:], strict=False)]
    assert waits[-1] > waits[0]  # the waits grow (exponential backoff)

    receiver.status, before = 200, len(receiver.received)  # re-enabled: what it missed goes out
    assert api.patch(f"/webhooks/{hook['id']}", json={"active": True}).json()["active"] is True
    wait_until(lambda: _assert_sent_since(receiver, before, client["id"]), timeout=PROPAGATION_S)
    api.delete(f"/webhooks/{hook['id']}")


def _assert_sent_since(receiver, before, client_id):
    assert any(client_id in request["body"].decode() for request in receiver.received[before:])


def test_the_events_feed_serves_the_same_events_in_order_from_a_cursor(api, receiver, wait_until):
    start = api.get("/events", params={"limit": 1}).json()
    while start["next_cursor"]:  # read to the end: new events come after this
        start = api.get("/events", params={"after": start["after"], "limit": 200}).json()
    hook = subscribe(api, receiver.url, ["client.created", "client.updated"])
    client = new_client(api)
    api.patch(f"/clients/{client['id']}", json={"tags": ["feed"]})
    wait_until(lambda: _assert_types(receiver, client["id"], {"client.created", "client.updated"}), timeout=PROPAGATION_S)

    def fed():
        page = api.get(
            "/events", params={"after": start["after"], "limit": 200, "type": ["client.created", "client.updated"]}
        ).json()
        mine = [event for event in page["items"] if event["data"].get("id") == client["id"]]
        assert [event["type"] for event in mine] == ["client.created", "client.updated"]
        return page, mine

    page, mine = wait_until(fed, timeout=PROPAGATION_S)
    delivered = {event["id"]: {k: v for k, v in event.items() if k != "_request"} for event in receiver.events(client["id"])}
    assert {event["id"]: event for event in mine} == delivered
    later = api.get("/events", params={"after": page["after"]}).json()
    assert all(event["id"] not in delivered for event in later["items"])
    bad = api.get("/events", params={"after": "not-a-cursor"})
    assert bad.status_code == 422 and "after" in bad.json()["errors"]
    api.delete(f"/webhooks/{hook['id']}")


def test_a_location_limited_key_gets_only_its_locations_events_and_webhooks(api, api_with_key, receiver, wait_until):
    own, other = (
        api.post("/locations", json={"name": f"Hook {name} {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()["id"]
        for name in ("own", "other")
    )
    secret = api.post(
        "/api-keys", json={"name": "Hooks, one location", "scopes": ["webhooks:manage", "clients:read"], "location_ids": [own]}
    ).json()["secret"]
    limited = api_with_key(secret)
    admin_hook = subscribe(api, receiver.url, ["client.created"])
    hook = subscribe(limited, receiver.url, ["*"])
    assert hook["location_ids"] == [own]
    mine, theirs = new_client(api, home_location_id=own), new_client(api, home_location_id=other)
    wait_until(lambda: _assert_types(receiver, theirs["id"], {"client.created"}), timeout=PROPAGATION_S)
    wait_until(lambda: _assert_types(receiver, mine["id"], {"client.created"}), timeout=PROPAGATION_S)

    def limited_deliveries():
        items = limited.get(f"/webhooks/{hook['id']}/deliveries").json()["items"]
        assert items and all(item["status"] == "delivered" for item in items)
        return items

    wait_until(limited_deliveries, timeout=PROPAGATION_S)
    feed = limited.get("/events", params={"limit": 200}).json()
    ids = {event["data"].get("id") for event in feed["items"]}
    assert mine["id"] in ids and theirs["id"] not in ids
    # the limited subscription got its client only (the admin's got both)
    limited_events = [item["event"]["id"] for item in limited.get(f"/webhooks/{hook['id']}/deliveries").json()["items"]]
    theirs_event = receiver.events(theirs["id"], "client.created")[0]["id"]
    assert theirs_event not in limited_events
    assert limited.get(f"/webhooks/{admin_hook['id']}").status_code == 404
    assert limited.delete(f"/webhooks/{admin_hook['id']}").status_code == 404
    assert [item["id"] for item in limited.get("/webhooks").json()["items"]] == [hook["id"]]
    for created in (hook, admin_hook):
        assert api.delete(f"/webhooks/{created['id']}").status_code == 204


def test_subscriptions_are_validated_managed_and_deleted(api, api_with_key, receiver):
    unknown = api.post("/webhooks", json={"url": receiver.url, "events": ["client.deleted"], "secret": SECRET})
    assert unknown.status_code == 422 and "events" in unknown.json()["errors"]
    bad_url = api.post("/webhooks", json={"url": "ftp://example.com/x", "events": ["*"], "secret": SECRET})
    assert bad_url.status_code == 422 and "url" in bad_url.json()["errors"]
    short = api.post("/webhooks", json={"url": receiver.url, "events": ["*"], "secret": "short"})
    assert short.status_code == 422 and "secret" in short.json()["errors"]
    generated = api.post("/webhooks", json={"url": receiver.url, "events": ["visit.booked"]}).json()
    assert generated["secret"].startswith("whsec_")
    assert "secret" not in api.get(f"/webhooks/{generated['id']}").json()
    reader = api_with_key(api.post("/api-keys", json={"name": "reader", "scopes": ["clients:read"]}).json()["secret"])
    assert reader.get("/webhooks").status_code == 403 and reader.get("/events").status_code == 403
    assert api.delete(f"/webhooks/{generated['id']}").status_code == 204
    assert api.get(f"/webhooks/{generated['id']}").status_code == 404
    assert api.get(f"/webhooks/{uuid.uuid4()}/deliveries").status_code == 404
    assert api.get("/webhooks/not-a-uuid").status_code == 404
