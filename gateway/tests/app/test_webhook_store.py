"""Webhooks in the gateway's database: who gets a delivery, retries, giving up, and the SSRF guard."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from gateway.keys import Principal
from gateway.webhooks import catalogue, deliveries, feed, subscriptions
from gateway.webhooks.deliveries import Outcome
from gateway.webhooks.policy import RetryPolicy
from gateway.webhooks.tables import webhook_deliveries

NOW = datetime.now(UTC)
POLICY = RetryPolicy(first_s=10, max_s=60, give_up_after_s=3600)


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


def principal(scopes=("*",), locations=None) -> Principal:
    return Principal(str(uuid.uuid4()), "test", frozenset(scopes), frozenset(locations) if locations else None)


@pytest.fixture(scope="module")
def engine(gateway_database_url):
    engine = sa.create_engine(gateway_database_url, pool_size=2)
    yield engine
    engine.dispose()


def subscribe(engine, events=("*",), **who) -> dict:
    return subscriptions.create(
        engine, url="http://127.0.0.1:9/x", events=list(events), secret="s" * 20, description=None, principal=principal(**who)
    )


def record(engine, service="billing", event_type="invoice_issued", locations=(), **facts) -> catalogue.ApiEvent:
    payload = {"event_id": str(uuid.uuid4()), "occurred_at": NOW.isoformat(), "client_id": str(uuid.uuid4()), **facts}
    event = catalogue.translate(service, event_type, payload)
    assert feed.record(engine, event, {"id": "x"}, list(locations), now=NOW)
    return event


def delivered_to(engine, hook) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count())
            .select_from(webhook_deliveries)
            .where(webhook_deliveries.c.webhook_id == uuid.UUID(hook["id"]))
        ).scalar()


def test_an_event_is_delivered_to_subscribers_whose_maker_may_see_it(engine):
    here, there = str(uuid.uuid4()), str(uuid.uuid4())
    everyone = subscribe(engine)
    local = subscribe(engine, locations=[here])
    elsewhere = subscribe(engine, locations=[there])
    no_billing = subscribe(engine, scopes=["clients:read"])
    only_clients = subscribe(engine, events=["client.created"])
    record(engine, locations=[here])
    assert [delivered_to(engine, hook) for hook in (everyone, local, elsewhere, no_billing, only_clients)] == [1, 1, 0, 0, 0]


def test_a_redelivered_event_is_recorded_once(engine):
    hook = subscribe(engine)
    event = record(engine)
    assert not feed.record(engine, event, {"id": "x"}, [], now=NOW)
    assert delivered_to(engine, hook) == 1


def test_the_feed_shows_a_key_only_what_its_scopes_and_locations_cover(engine):
    here = str(uuid.uuid4())
    seen = record(engine, locations=[here])
    hidden = record(engine, locations=[str(uuid.uuid4())])
    unscoped = record(engine, "loyalty", "points_earned", locations=[here])
    page = feed.page(engine, scopes={"billing:read"}, location_ids={here}, after=None, limit=200, types=None)
    ids = {item["id"] for item in page["items"]}
    assert seen.id in ids and hidden.id not in ids and unscoped.id not in ids


def _due(engine, hook):
    due = [
        item
        for item in deliveries.claim(engine, limit=200, now=datetime.now(UTC) + timedelta(seconds=1), claim_s=60)
        if item.webhook_id == hook["id"]
    ]
    assert len(due) == 1
    return due[0]


def test_a_failure_is_retried_later_and_pauses_the_receiver_and_a_success_resumes_it(engine):
    hook = subscribe(engine)
    record(engine)
    due = _due(engine, hook)
    assert deliveries.settle(engine, due, Outcome(503, None, 5), now=datetime.now(UTC), policy=POLICY) == "pending"
    soon = deliveries.claim(engine, limit=200, now=datetime.now(UTC), claim_s=60)
    assert all(item.webhook_id != hook["id"] for item in soon)  # not due yet, and its receiver is paused
    later = [
        item
        for item in deliveries.claim(engine, limit=200, now=datetime.now(UTC) + timedelta(seconds=30), claim_s=60)
        if item.webhook_id == hook["id"]
    ]
    assert len(later) == 1 and later[0].attempts == 1
    assert deliveries.settle(engine, later[0], Outcome(200, None, 5), now=datetime.now(UTC), policy=POLICY) == "delivered"
    page = subscriptions.deliveries(engine, hook["id"], None, limit=10, cursor=None, status=None)
    assert [attempt["status_code"] for attempt in page["items"][0]["attempts"]] == [503, 200]


def test_after_the_retry_window_the_delivery_fails_and_the_subscription_is_disabled_with_a_reason(engine):
    hook = subscribe(engine)
    record(engine)
    due = _due(engine, hook)
    late = datetime.now(UTC) + timedelta(hours=2)
    assert deliveries.settle(engine, due, Outcome(None, "ConnectionRefused", 1), now=late, policy=POLICY) == "failed"
    shown = subscriptions.get(engine, hook["id"], None)
    assert not shown["active"] and "ConnectionRefused" in shown["disabled_reason"]
    subscriptions.update(engine, hook["id"], None, {"active": True})
    assert subscriptions.get(engine, hook["id"], None)["active"]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/x", "http://169.254.169.254/latest", "http://localhost/", "http://[::1]/", "http://10.0.0.5/"]
)
def test_a_webhook_to_a_private_address_is_refused(http, keys, monkeypatch, url):
    monkeypatch.delenv("WEBHOOKS_ALLOW_PRIVATE", raising=False)
    admin = keys.create(f"admin-{uuid.uuid4().hex[:6]}", ["*"], None, rate_limit=0)
    response = http.post("/api/v1/webhooks", json={"url": url, "events": ["*"]}, headers=bearer(admin["secret"]))
    assert response.status_code == 422, response.text
    assert "url" in response.json["errors"]
