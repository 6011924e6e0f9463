"""billing's `invoice_overdue`: the client gets one notice however often the event arrives (redelivered, or
announced again under a new id), and none that their preferences or a restriction of processing refuse."""

import uuid

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter, replace_dependencies
from sqlalchemy.orm import sessionmaker

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.service import MessagingService
from clientcard_messaging.use_cases import history, preferences


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


@pytest.fixture
def messaging(container_factory, service_config):
    """The messaging service with profile answering from a dict: {client_id: record}."""
    container = container_factory(MessagingService, service_config)
    profile = replace_dependencies(container, "profile")
    clients = {}
    profile.get_client.side_effect = lambda client_id: clients.get(client_id, {"id": client_id, "restricted": False})
    container.start()
    container.clients = clients
    return container


def overdue(client_id: str, **fields) -> dict:
    return {
        "event_id": str(uuid.uuid4()),
        "occurred_at": "2026-12-06T00:00:10+00:00",
        "version": 1,
        "client_id": client_id,
        "invoice_id": str(uuid.uuid4()),
        "location_id": None,
        "due_on": "2026-12-05",
        "due_minor": 4500,
        "currency": "GBP",
        **fields,
    }


def deliver(container, config, event: dict) -> None:
    with entrypoint_waiter(container, "handle_invoice_overdue"):
        event_dispatcher(config)("billing", "invoice_overdue", event)


def test_an_overdue_invoice_gets_one_notice_however_often_its_event_arrives(messaging, service_config, uow):
    client = str(uuid.uuid4())
    event = overdue(client)

    deliver(messaging, service_config, event)
    deliver(messaging, service_config, event)  # the broker redelivers it
    deliver(messaging, service_config, {**event, "event_id": str(uuid.uuid4())})  # billing's relay re-sends it

    [notice] = history.list_messages(uow, client)["items"]
    assert (notice["channel"], notice["notification_type"], notice["status"]) == ("email", "billing", "queued")
    assert notice["body"] == "An invoice of yours was due on 2026-12-05 and is unpaid."


def test_a_client_who_opted_out_of_billing_notices_gets_none(messaging, service_config, uow):
    client = str(uuid.uuid4())
    preferences.set_preferences(uow, client, load(contracts.PreferencesInput(), {"types": {"billing": False}}))

    deliver(messaging, service_config, overdue(client))

    [notice] = history.list_messages(uow, client)["items"]
    assert notice["status"] == "suppressed"


def test_a_restricted_client_gets_no_overdue_notice(messaging, service_config, uow):
    client = str(uuid.uuid4())
    messaging.clients[client] = {"id": client, "restricted": True}

    deliver(messaging, service_config, overdue(client))

    [notice] = history.list_messages(uow, client)["items"]
    assert notice["status"] == "suppressed"
