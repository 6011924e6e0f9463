"""Automatic notices: a booked visit and expiring points each give one message, worded by a template if any."""

import uuid

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter
from sqlalchemy.orm import sessionmaker

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.service import MessagingService
from clientcard_messaging.use_cases import history, templates


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


def envelope(**fields):
    return {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, **fields}


def test_a_booked_visit_sends_one_confirmation_however_often_it_is_delivered(container_factory, service_config, uow):
    container = container_factory(MessagingService, service_config)
    container.start()
    client = str(uuid.uuid4())
    event = envelope(client_id=client, visit_id=str(uuid.uuid4()), starts_at="2026-12-01T10:00:00+00:00", service="Facial")

    for _ in range(2):
        with entrypoint_waiter(container, "handle_visit_booked"):
            event_dispatcher(service_config)("profile", "visit_booked", event)

    [message] = history.list_messages(uow, client)["items"]
    assert message["channel"] == "sms"
    assert message["notification_type"] == "reminders"
    assert message["body"] == "Your Facial appointment is booked for 2026-12-01T10:00:00+00:00."


def test_a_template_named_after_the_event_words_the_notice(container_factory, service_config, uow):
    container = container_factory(MessagingService, service_config)
    container.start()
    templates.create_template(
        uow,
        {"name": "points_expiring", "channel": "sms", "notification_type": "loyalty", "body": "{points} pts end {expires_on}"},
    )
    client = str(uuid.uuid4())

    with entrypoint_waiter(container, "handle_points_expiring"):
        event_dispatcher(service_config)(
            "loyalty",
            "points_expiring",
            envelope(client_id=client, card_id=str(uuid.uuid4()), points=40, expires_on="2026-12-06"),
        )

    [message] = history.list_messages(uow, client)["items"]
    assert (message["channel"], message["body"], message["template"]) == ("sms", "40 pts end 2026-12-06", "points_expiring")
