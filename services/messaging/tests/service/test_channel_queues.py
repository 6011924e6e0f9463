"""A message queued before its channel worker ever ran still reaches the worker when it starts."""

import uuid

import eventlet
import sqlalchemy as sa
from kombu import Connection
from nameko.standalone.rpc import ServiceRpcProxy
from nameko.testing.services import entrypoint_waiter

from clientcard_kit.queues import HandlerQueue
from clientcard_messaging.channels import SmsWorker
from clientcard_messaging.service import MessagingService


def wait_until_published(database_url: str, message_id: str) -> None:
    engine = sa.create_engine(database_url)
    query = sa.text("SELECT count(*) FROM outbox_events WHERE payload->>'message_id' = :m AND published_at IS NOT NULL")
    try:
        for _ in range(100):
            with engine.connect() as conn:
                if conn.execute(query, {"m": message_id}).scalar():
                    return
            eventlet.sleep(0.1)
        raise AssertionError("the relay never published the message")
    finally:
        engine.dispose()


def purge_sms_queue(config: dict) -> None:
    """Other tests of this run queued sms too; only this test's message may wait for the worker."""
    with Connection(config["AMQP_URI"]) as connection:
        HandlerQueue("messaging", "sms_message_queued", "messaging_sms", "handle_sms_message_queued").queue(config)(
            connection.channel()
        ).purge()


def test_a_message_queued_before_any_sms_worker_existed_reaches_the_first_one(
    container_factory, service_config, messaging_database_url
):
    engine = sa.create_engine(messaging_database_url)
    with engine.begin() as conn:  # earlier tests' unsent events must not queue ahead of this one
        conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
    engine.dispose()
    container_factory(MessagingService, service_config).start()
    purge_sms_queue(service_config)
    with ServiceRpcProxy("messaging", service_config) as messaging:
        message = messaging.send_message(str(uuid.uuid4()), {"channel": "sms", "body": "Booked"})
    wait_until_published(messaging_database_url, message["id"])

    worker = container_factory(SmsWorker, service_config)
    with entrypoint_waiter(
        worker,
        "handle_sms_message_queued",
        timeout=10,
        callback=lambda ctx, result, exc: ctx.args[0]["message_id"] == message["id"],
    ):
        worker.start()
