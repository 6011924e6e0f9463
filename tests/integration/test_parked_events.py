"""A failing event handler parks the event; it is retried with backoff up to a limit, then dead-lettered
with its error; an operator sees both kinds and replays them."""

import json
import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher


@pytest.fixture
def dispatch(suite):
    return event_dispatcher({"AMQP_URI": suite.env["AMQP_URI"], "serializer": "json"})


@pytest.fixture
def billing_db(suite):
    engine = sa.create_engine(suite.databases["billing"], poolclass=sa.pool.NullPool)
    yield engine
    engine.dispose()


def test_a_malformed_event_is_parked_shown_and_replayable(api, dispatch, wait_until):
    marker = str(uuid.uuid4())
    dispatch("profile", "client_created", {"event_id": marker, "client_id": "not-a-uuid"})

    def parked_in_billing():
        items = [
            e
            for e in api.get("/parked-events").json()["items"]
            if e["service"] == "billing" and e["payload"]["event_id"] == marker
        ]
        assert [e["handler"] for e in items] == ["handle_client_created"]
        return items[0]

    parked = wait_until(parked_in_billing)
    assert (parked["status"], parked["dead_at"]) == ("retrying", None)
    assert parked["attempts"] >= 1 and parked["next_attempt_at"] and "client_id" in parked["error"]
    assert api.get("/readyz").json()["checks"]["billing"]["parked_events"] >= 1

    replay = api.post("/parked-events/replay")
    assert replay.status_code == 200
    assert replay.json()["replayed"]["billing"] == 0  # still malformed: it stays parked
    again = parked_in_billing()
    assert again["attempts"] > parked["attempts"] and again["status"] == "retrying"


def test_a_dead_lettered_event_is_shown_as_dead_and_a_replay_handles_it(api, billing_db, wait_until):
    # an event whose retries ran out (its cause since fixed): here, one billing can handle now
    event_id = str(uuid.uuid4())
    payload = {"event_id": event_id, "occurred_at": datetime.now(UTC).isoformat(), "version": 1, "client_id": str(uuid.uuid4())}
    with billing_db.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO parked_events (handler, payload, error, attempts, next_attempt_at, dead_at) "
                "VALUES ('handle_client_created', CAST(:payload AS jsonb), 'OperationalError: gone', 9, now(), now())"
            ),
            {"payload": json.dumps(payload)},
        )

    dead = [e for e in api.get("/parked-events").json()["items"] if e["payload"].get("event_id") == event_id]
    assert [(e["service"], e["status"], e["attempts"], e["error"], e["next_attempt_at"]) for e in dead] == [
        ("billing", "dead", 9, "OperationalError: gone", None)
    ]
    assert dead[0]["dead_at"]

    assert api.post("/parked-events/replay").json()["replayed"]["billing"] >= 1
    assert not [e for e in api.get("/parked-events").json()["items"] if e["payload"].get("event_id") == event_id]
    with billing_db.connect() as conn:
        handled = conn.execute(sa.text("SELECT count(*) FROM inbox_events WHERE event_id = :e"), {"e": event_id})
        assert handled.scalar_one() == 1


def test_parked_events_need_the_admin_scope(api, api_with_key):
    reader = api_with_key(api.post("/api-keys", json={"name": "r", "scopes": ["clients:read"]}).json()["secret"])

    assert reader.get("/parked-events").status_code == 403
    assert reader.post("/parked-events/replay").status_code == 403
