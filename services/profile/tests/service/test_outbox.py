"""Events leave profile through the outbox: after commit, once, and not lost when the broker is away."""

import uuid

import eventlet
import sqlalchemy as sa
from nameko.events import event_handler
from nameko.standalone.rpc import ServiceRpcProxy

from clientcard_kit import relay
from clientcard_profile.service import ProfileService

RECEIVED: list[dict] = []


class Listener:
    name = "profile_test_listener"

    @event_handler("profile", "client_created")
    def handle_client_created(self, payload):
        RECEIVED.append(payload)


def test_a_created_client_is_announced_by_the_relay(container_factory, service_config):
    listener = container_factory(Listener, service_config)
    listener.start()
    container_factory(ProfileService, service_config).start()

    with ServiceRpcProxy("profile", service_config) as profile:
        client = profile.create_client({"first_name": "Ann", "phone": "07700 900123"})

    # other tests' events may come first: wait for this client's own
    for _ in range(100):
        events = [e for e in RECEIVED if e["client_id"] == client["id"]]
        if events:
            break
        eventlet.sleep(0.1)
    [event] = events
    assert uuid.UUID(event["event_id"])
    assert "first_name" not in event  # ids in events, not personal data


def test_events_wait_in_the_outbox_while_the_broker_is_unreachable(profile_database_url):
    engine = sa.create_engine(profile_database_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
        conn.execute(
            sa.text("INSERT INTO outbox_events (event_id, event_type, payload) VALUES (:id, 'client_created', '{}'::jsonb)"),
            {"id": str(uuid.uuid4())},
        )

    def broker_down(event_type, payload):
        raise ConnectionRefusedError("broker down")

    sent = []
    assert relay.publish_pending(engine, broker_down) == 0
    assert relay.publish_pending(engine, lambda event_type, payload: sent.append(event_type)) == 1
    assert sent == ["client_created"]
    assert relay.publish_pending(engine, lambda event_type, payload: sent.append(event_type)) == 0
    engine.dispose()
