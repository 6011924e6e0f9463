"""A failing event handler parks the event; an operator sees it and replays it."""
import uuid

import pytest
from nameko.standalone.events import event_dispatcher


@pytest.fixture
def dispatch(suite):
    return event_dispatcher({"AMQP_URI": suite.env["AMQP_URI"], "serializer": "json"})


def test_a_malformed_event_is_parked_shown_and_replayable(api, dispatch, wait_until):
    marker = str(uuid.uuid4())
    dispatch("profile", "client_created", {"event_id": marker, "client_id": "not-a-uuid"})

    def parked_in_billing():
        items = api.get("/parked-events").json()["items"]
        assert [e["handler"] for e in items if e["service"] == "billing" and e["payload"]["event_id"] == marker] == [
            "handle_client_created"
        ]

    wait_until(parked_in_billing)
    assert api.get("/readyz").json()["checks"]["billing"]["parked_events"] >= 1

    replay = api.post("/parked-events/replay")
    assert replay.status_code == 200
    assert replay.json()["replayed"]["billing"] == 0  # still malformed: it stays parked
    assert any(e["payload"]["event_id"] == marker for e in api.get("/parked-events").json()["items"])


def test_parked_events_need_the_admin_scope(api, api_with_key):
    reader = api_with_key(api.post("/api-keys", json={"name": "r", "scopes": ["clients:read"]}).json()["secret"])

    assert reader.get("/parked-events").status_code == 403
    assert reader.post("/parked-events/replay").status_code == 403
