"""billing obeys profile's client_created over a real broker and database."""

import uuid

import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from clientcard_billing.service import BillingService


def accounts_for(database_url: str, client_id: str) -> int:
    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM accounts WHERE client_id = :c"), {"c": client_id}).scalar()
    engine.dispose()
    return count


def test_a_redelivered_client_created_opens_one_account(container_factory, service_config, billing_database_url):
    container = container_factory(BillingService, service_config)
    container.start()
    dispatch = event_dispatcher(service_config)
    client_id = str(uuid.uuid4())
    event = {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, "client_id": client_id}

    for _ in range(2):
        with entrypoint_waiter(container, "handle_client_created"):
            dispatch("profile", "client_created", event)

    assert accounts_for(billing_database_url, client_id) == 1


def test_a_malformed_event_is_parked_not_lost(container_factory, service_config, billing_database_url):
    container = container_factory(BillingService, service_config)
    container.start()
    dispatch = event_dispatcher(service_config)
    marker = str(uuid.uuid4())

    with entrypoint_waiter(container, "handle_client_created"):
        dispatch("profile", "client_created", {"event_id": marker, "client_id": "not-a-uuid"})

    engine = sa.create_engine(billing_database_url)
    with engine.connect() as conn:
        parked = (
            conn.execute(sa.text("SELECT handler FROM parked_events WHERE payload->>'event_id' = :m"), {"m": marker})
            .scalars()
            .all()
        )
    engine.dispose()
    assert parked == ["handle_client_created"]
