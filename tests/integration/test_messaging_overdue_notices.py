"""An invoice unpaid past its due date: billing's periodic job announces `invoice_overdue` once, and the
client gets one billing notice by email, even when the event reaches messaging again; a client who opted
out of billing notices, or whose processing is restricted, gets none."""

import uuid
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


@pytest.fixture
def dispatch(suite):
    return event_dispatcher({"AMQP_URI": suite.env["AMQP_URI"], "serializer": "json"})


@pytest.fixture
def announced(suite):
    """billing's `invoice_overdue` events about one invoice, from its outbox."""
    engine = sa.create_engine(suite.databases["billing"], poolclass=sa.pool.NullPool)

    def events(invoice_id: str) -> list[dict]:
        with engine.connect() as conn:
            payloads = conn.scalars(
                sa.text("SELECT payload FROM outbox_events WHERE event_type = 'invoice_overdue' AND payload->>'invoice_id' = :i"),
                {"i": invoice_id},
            ).all()
        return list(payloads)

    yield events
    engine.dispose()


def _client_owing(api, **fields) -> tuple[str, str]:
    client = api.post("/clients", json={"first_name": "Owen", "email": f"owen-{uuid.uuid4().hex[:8]}@example.com", **fields})
    assert client.status_code == 201, client.text
    client_id = client.json()["id"]
    invoice = api.post(
        f"/clients/{client_id}/invoices",
        json={
            "due_on": YESTERDAY,
            "lines": [{"description": "Colour", "kind": "service", "unit_price": {"amount": 6000, "currency": "GBP"}}],
        },
    )
    assert invoice.status_code == 201, invoice.text
    assert invoice.json()["due_on"] == YESTERDAY
    return client_id, invoice.json()["id"]


def _billing_notices(api, client_id: str) -> list[dict]:
    return [m for m in api.get(f"/clients/{client_id}/messages").json()["items"] if m["notification_type"] == "billing"]


def test_an_overdue_invoice_sends_one_notice_even_when_its_event_arrives_again(api, dispatch, announced, wait_until):
    client_id, invoice_id = _client_owing(api)
    opted_out, opted_out_invoice = _client_owing(api)
    put = api.put(f"/clients/{opted_out}/notification-preferences", json={"types": {"billing": False}})
    assert put.status_code == 200, put.text
    restricted, restricted_invoice = _client_owing(api)
    assert api.patch(f"/clients/{restricted}", json={"restricted": True}).status_code == 200

    def notice_sent():
        notices = _billing_notices(api, client_id)
        assert [(m["channel"], m["status"]) for m in notices] == [("email", "sent")]
        return notices[0]

    notice = wait_until(notice_sent, timeout=60)  # the job runs every 10 s, then the relay, then the worker
    assert f"was due on {YESTERDAY}" in notice["body"]
    [event] = announced(invoice_id)

    dispatch("billing", "invoice_overdue", event)  # the relay re-sends it after a crash
    dispatch("billing", "invoice_overdue", {**event, "event_id": str(uuid.uuid4())})  # or it is announced anew
    # a later event to the same handler: once its notice is out, the two above have been handled too
    sentinel = api.post("/clients", json={"first_name": "Sam", "email": f"sam-{uuid.uuid4().hex[:8]}@example.com"})
    sentinel_id = sentinel.json()["id"]
    dispatch(
        "billing",
        "invoice_overdue",
        {**event, "event_id": str(uuid.uuid4()), "client_id": sentinel_id, "invoice_id": str(uuid.uuid4())},
    )
    wait_until(lambda: _assert_one(_billing_notices(api, sentinel_id)), timeout=60)

    assert [m["id"] for m in _billing_notices(api, client_id)] == [notice["id"]]
    for silent, silent_invoice in ((opted_out, opted_out_invoice), (restricted, restricted_invoice)):
        wait_until(lambda silent=silent: _assert_suppressed(_billing_notices(api, silent)), timeout=30)
        assert len(announced(silent_invoice)) == 1


def _assert_one(notices: list[dict]) -> None:
    assert len(notices) == 1


def _assert_suppressed(notices: list[dict]) -> None:
    assert [m["status"] for m in notices] == ["suppressed"]
