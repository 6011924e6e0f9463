"""Automatic notices: visit booked, moved, cancelled, reminded the day before; points expiring; each once,
worded by a template if any, and held back for a restricted client."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter, replace_dependencies
from sqlalchemy.orm import sessionmaker

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.service import MessagingService
from clientcard_messaging.use_cases import history, reminders, templates


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
    profile.get_location.return_value = {"timezone": "Europe/London"}
    container.start()
    container.clients = clients
    return container


def envelope(**fields):
    return {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, **fields}


def visit(client, **fields):
    defaults = {
        "visit_id": str(uuid.uuid4()),
        "location_id": str(uuid.uuid4()),
        "starts_at": "2030-12-01T10:00:00+00:00",
        "status": "booked",
        "service": "Facial",
    }
    return envelope(client_id=client, **{**defaults, **fields})


def dispatch(container, config, source, event_type, event, handler):
    with entrypoint_waiter(container, handler):
        event_dispatcher(config)(source, event_type, event)


def test_a_booked_visit_sends_one_confirmation_however_often_it_is_delivered(messaging, service_config, uow):
    client = str(uuid.uuid4())
    event = visit(client)

    dispatch(messaging, service_config, "profile", "visit_booked", event, "handle_visit_booked")
    dispatch(messaging, service_config, "profile", "visit_booked", event, "handle_visit_booked")
    # the same booking announced again under a new event id is still the same notice
    dispatch(
        messaging, service_config, "profile", "visit_booked", {**event, "event_id": str(uuid.uuid4())}, "handle_visit_booked"
    )

    [message] = history.list_messages(uow, client)["items"]
    assert (message["channel"], message["notification_type"]) == ("sms", "reminders")
    assert message["body"] == "Your Facial is booked for Sun 01 Dec 10:00."


def test_a_moved_and_a_cancelled_visit_each_send_their_notice(messaging, service_config, uow):
    client = str(uuid.uuid4())
    booked = visit(client)
    moved = {**booked, "event_id": str(uuid.uuid4()), "starts_at": "2030-12-02T15:30:00+00:00"}
    cancelled = {**moved, "event_id": str(uuid.uuid4()), "status": "cancelled"}

    dispatch(messaging, service_config, "profile", "visit_booked", booked, "handle_visit_booked")
    dispatch(messaging, service_config, "profile", "visit_updated", moved, "handle_visit_updated")
    dispatch(messaging, service_config, "profile", "visit_cancelled", cancelled, "handle_visit_cancelled")

    bodies = [m["body"] for m in history.list_messages(uow, client)["items"]]
    assert bodies == [
        "Your Facial on Mon 02 Dec 15:30 is cancelled.",
        "Your Facial is now on Mon 02 Dec 15:30.",
        "Your Facial is booked for Sun 01 Dec 10:00.",
    ]


def test_a_restricted_client_gets_no_automatic_notice(messaging, service_config, uow):
    client = str(uuid.uuid4())
    messaging.clients[client] = {"id": client, "restricted": True}

    dispatch(messaging, service_config, "profile", "visit_booked", visit(client), "handle_visit_booked")

    [message] = history.list_messages(uow, client)["items"]
    assert message["status"] == "suppressed"


def test_the_day_before_reminder_goes_out_once_at_the_locations_hour(uow):
    client = str(uuid.uuid4())
    starts = datetime(2031, 1, 15, 14, 0, tzinfo=UTC)
    event = visit(client, starts_at=starts.isoformat())
    booked_at = starts - timedelta(days=10)
    reminders.on_visit_event(uow, "visit_booked", event, restricted=False, timezone="Europe/London", hour=10, now=booked_at)

    eve_early = datetime(2031, 1, 14, 9, 59, tzinfo=UTC)
    eve = datetime(2031, 1, 14, 10, 0, tzinfo=UTC)  # 10:00 in London in January
    reminders.send_due(uow, now=eve_early, restricted=lambda c: False)
    assert len(history.list_messages(uow, client)["items"]) == 1
    reminders.send_due(uow, now=eve, restricted=lambda c: False, limit=10_000)
    reminders.send_due(uow, now=eve + timedelta(minutes=1), restricted=lambda c: False, limit=10_000)

    reminder, confirmation = history.list_messages(uow, client)["items"]
    assert reminder["body"] == "Reminder: Facial tomorrow, Wed 15 Jan 14:00."


def test_a_template_named_after_the_event_words_the_notice(messaging, service_config, uow):
    templates.create_template(
        uow,
        load(
            contracts.TemplateInput(),
            {
                "name": "points_expiring",
                "channel": "sms",
                "notification_type": "loyalty",
                "body": "{{ points }} pts end {{ expires_on }}",
            },
        ),
    )
    client = str(uuid.uuid4())

    dispatch(
        messaging,
        service_config,
        "loyalty",
        "points_expiring",
        envelope(client_id=client, card_id=str(uuid.uuid4()), points=40, expires_on="2026-12-06"),
        "handle_points_expiring",
    )

    [message] = history.list_messages(uow, client)["items"]
    assert (message["channel"], message["body"], message["template"]) == ("sms", "40 pts end 2026-12-06", "points_expiring")
