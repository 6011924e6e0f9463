"""Events written while the broker is unreachable are published when it is back."""

import itertools
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
import sqlalchemy as sa
from nameko.events import event_handler
from nameko.testing.services import entrypoint_waiter

from clientcard_kit.testing.tcp_proxy import TcpProxy
from clientcard_profile.service import ProfileService


class Listener:
    name = "profile_outage_listener"

    @event_handler("profile", "client_created")
    def handle_client_created(self, payload):
        return payload


@pytest.fixture
def broker_proxy(test_amqp_uri):
    parts = urlsplit(test_amqp_uri)
    proxy = TcpProxy(parts.hostname, parts.port or 5672)
    yield proxy, urlunsplit(parts._replace(netloc=f"{parts.username}:{parts.password}@127.0.0.1:{proxy.port}"))
    # left open: nameko's container teardown runs after this and still talks through it
    proxy.restore()


def test_an_event_written_during_a_broker_outage_is_published_after_it(
    container_factory, service_config, profile_database_url, broker_proxy
):
    proxy, proxied_uri = broker_proxy
    listener = container_factory(Listener, service_config)
    listener.start()
    profile = container_factory(ProfileService, {**service_config, "AMQP_URI": proxied_uri})
    profile.start()
    engine = sa.create_engine(profile_database_url)
    event_id = str(uuid.uuid4())

    proxy.cut()
    ticks = itertools.count(1)
    # two relay ticks that found the event and could not publish it while the broker is away
    with (
        entrypoint_waiter(profile, "relay_outbox", timeout=30, callback=lambda w, r, e: next(ticks) >= 2),
        engine.begin() as conn,
    ):
        conn.execute(
            sa.text("INSERT INTO outbox_events (event_id, event_type, payload) VALUES (:id, 'client_created', :p)"),
            {"id": event_id, "p": f'{{"event_id": "{event_id}", "client_id": "{uuid.uuid4()}"}}'},
        )
    with engine.connect() as conn:
        pending = conn.execute(
            sa.text("SELECT published_at FROM outbox_events WHERE event_id = :id"), {"id": event_id}
        ).scalar_one()
    assert pending is None

    with entrypoint_waiter(listener, "handle_client_created", timeout=30, callback=lambda w, r, e: r["event_id"] == event_id):
        proxy.restore()
    engine.dispose()
