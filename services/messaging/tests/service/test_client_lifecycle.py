"""Messages follow their client: merged into the survivor, moved back on undo, emptied on erasure."""

import uuid

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_hook, entrypoint_waiter

from clientcard_messaging.service import MessagingService


@pytest.fixture
def db(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield engine
    engine.dispose()


def add_message(db, client_id, body="Your appointment is tomorrow"):
    message_id = uuid.uuid4()
    with db.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO messages (id, client_id, channel, body, status) VALUES (:id, :c, 'sms', :b, 'sent')"),
            {"id": message_id, "c": client_id, "b": body},
        )
    return message_id


def owners(db, message_ids):
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, client_id FROM messages WHERE id = ANY(:ids)"), {"ids": list(message_ids)})
        return {row.id: row.client_id for row in rows}


def envelope(**fields):
    return {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, **fields}


def send(container, config, event_type, payload, handler):
    with entrypoint_waiter(container, handler):
        event_dispatcher(config)("profile", event_type, payload)


def test_a_merge_moves_the_history_and_its_undo_moves_exactly_that_back(container_factory, service_config, db):
    container = container_factory(MessagingService, service_config)
    container.start()
    survivor, duplicate = uuid.uuid4(), uuid.uuid4()
    kept, moved = add_message(db, survivor), add_message(db, duplicate)
    merge = {"merge_id": str(uuid.uuid4()), "client_id": str(survivor), "source_id": str(duplicate)}

    merged = envelope(**merge)
    send(container, service_config, "client_merged", merged, "handle_client_merged")
    send(container, service_config, "client_merged", merged, "handle_client_merged")  # redelivered
    assert owners(db, [kept, moved]) == {kept: survivor, moved: survivor}

    arrived_since = add_message(db, survivor)
    send(container, service_config, "client_merge_undone", envelope(**merge), "handle_client_merge_undone")
    assert owners(db, [kept, moved, arrived_since]) == {kept: survivor, moved: duplicate, arrived_since: survivor}


def test_erasure_empties_the_messages_but_keeps_that_they_were_sent(container_factory, service_config, db):
    container = container_factory(MessagingService, service_config)
    container.start()
    client = uuid.uuid4()
    message_id = add_message(db, client, body="Hi Jane, your balance is 12.00")

    send(container, service_config, "client_erased", envelope(client_id=str(client)), "handle_client_erased")

    with db.connect() as conn:
        row = conn.execute(sa.text("SELECT body, status, erased_at FROM messages WHERE id = :id"), {"id": message_id}).one()
    assert row.body == ""
    assert row.status == "sent"
    assert row.erased_at is not None


def refused(container, entrypoint, *args):
    """The problem an entrypoint raised, or None when it answered."""
    with entrypoint_hook(container, entrypoint) as call:
        try:
            call(*args)
        except Exception as error:  # noqa: BLE001 - the ClientClosed is what we look at
            return error
    return None


def test_a_merged_away_client_takes_no_messages_calls_or_preferences_until_the_undo(container_factory, service_config):
    container = container_factory(MessagingService, service_config)
    container.start()
    survivor, duplicate = uuid.uuid4(), uuid.uuid4()
    merge = {"merge_id": str(uuid.uuid4()), "client_id": str(survivor), "source_id": str(duplicate)}
    send(container, service_config, "client_merged", envelope(**merge), "handle_client_merged")

    writes = [
        ("send_message", str(duplicate), {"channel": "sms", "body": "Hi"}),
        ("log_call", str(duplicate), {"direction": "inbound", "outcome": "answered", "started_at": "2026-11-22T10:00:00+00:00"}),
        ("set_notification_preferences", str(duplicate), {"channels": {"sms": False}}),
    ]
    for entrypoint, *args in writes:
        error = refused(container, entrypoint, *args)
        assert type(error).__name__ == "ClientClosed" and str(survivor) in str(error), (entrypoint, error)
    assert refused(container, "send_message", str(survivor), {"channel": "sms", "body": "Hi"}) is None

    send(container, service_config, "client_merge_undone", envelope(**merge), "handle_client_merge_undone")
    assert refused(container, "send_message", str(duplicate), {"channel": "sms", "body": "Hi"}) is None


def test_an_erased_client_takes_no_more_messages(container_factory, service_config):
    container = container_factory(MessagingService, service_config)
    container.start()
    client = uuid.uuid4()
    send(container, service_config, "client_erased", envelope(client_id=str(client)), "handle_client_erased")

    error = refused(container, "send_message", str(client), {"channel": "email", "subject": "Hi", "body": "Hi"})

    assert type(error).__name__ == "ClientClosed" and "erased" in str(error)
