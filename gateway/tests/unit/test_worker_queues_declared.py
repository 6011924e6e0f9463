"""The projector's and the webhook worker's deploy steps declare their queues, so events published
before either ever ran wait for it instead of being dropped."""

import time

import pika
import pytest

from clientcard_kit.testing import infra
from gateway.card_projector import consumer as projector
from gateway.card_projector import mapping
from gateway.webhook_worker import intake
from gateway.webhooks import catalogue

pytestmark = pytest.mark.servers  # a RabbitMQ vhost of its own


class CountingCache:
    def __init__(self):
        self.dropped_everything = 0

    def drop_every_card(self) -> int:
        self.dropped_everything += 1
        return 0


@pytest.fixture
def fresh_amqp_uri():
    vhost = f"clientcard-fresh-{infra.run_suffix()}"
    yield infra.create_vhost(vhost)
    infra.delete_vhost(vhost)


def _publish_and_count(amqp_uri: str, queue: str, exchange: str, routing_key: str) -> int:
    connection = pika.BlockingConnection(pika.URLParameters(amqp_uri))
    try:
        channel = connection.channel()
        channel.basic_publish(exchange, routing_key, b'{"event_id": "e1"}')
        deadline = time.monotonic() + 5
        while (count := channel.queue_declare(queue, passive=True).method.message_count) == 0:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        return count
    finally:
        connection.close()


def test_the_projectors_step_declares_its_queue_and_distrusts_the_cache_once(fresh_amqp_uri):
    cache = CountingCache()
    projector.declare_queue(fresh_amqp_uri, cache)
    projector.declare_queue(fresh_amqp_uri, cache)  # every start runs it: idempotent

    assert cache.dropped_everything == 1  # the queue was new once: cards cached before it are not trusted
    exchange, routing_key = mapping.bindings()[0]
    assert _publish_and_count(fresh_amqp_uri, projector.QUEUE, exchange, routing_key) == 1


def test_the_webhook_workers_step_declares_its_queue(fresh_amqp_uri):
    intake.declare_queue(fresh_amqp_uri)
    intake.declare_queue(fresh_amqp_uri)

    exchange, routing_key = catalogue.exchanges()[0]
    assert _publish_and_count(fresh_amqp_uri, intake.QUEUE, exchange, routing_key) == 1
