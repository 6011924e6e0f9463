"""The projector's AMQP side: one durable queue bound to every service's event exchange, acked after Redis.

Messages are taken in the batches the broker hands over (up to the prefetch), their drops
applied in one Redis transaction, then acked together. Redis failing: the batch is requeued
after a growing pause. Broker failing: reconnect after a growing pause. Replicas share the queue.
"""

from __future__ import annotations

import json
import logging
import threading

import pika
import pika.exceptions
import redis

from gateway import broker
from gateway.card_cache import CardCache
from gateway.card_projector import mapping, metrics

log = logging.getLogger(__name__)

QUEUE = "card-projector"


def declare(channel) -> None:
    broker.declare_bound_queue(channel, QUEUE, mapping.bindings())


def _queue_is_new(connection) -> bool:
    """Whether the queue has yet to be declared (a passive declare of a missing queue closes its channel)."""
    channel = connection.channel()
    try:
        channel.queue_declare(QUEUE, passive=True)
        return False
    except pika.exceptions.ChannelClosedByBroker:
        return True
    finally:
        if channel.is_open:
            channel.close()


def declare_queue(amqp_uri: str, cache: CardCache, ssl_options: dict | None = None) -> None:
    """The deploy step (`python -m gateway.card_projector declare-queues`): the queue exists before
    any event is published, and a new queue drops the cached cards as the projector's start would."""
    connection = pika.BlockingConnection(broker.parameters(amqp_uri, ssl_options))
    try:
        _prepare(connection, cache)
    finally:
        connection.close()


def _prepare(connection, cache: CardCache):
    """Declare the queue on a channel of its own, returned; a queue new until now drops every cached card."""
    new_queue = _queue_is_new(connection)
    channel = connection.channel()
    declare(channel)
    if new_queue:  # events before the queue existed reached no one: no cached card can be trusted
        log.info("card projector: %s is new; dropped %d cached cards", QUEUE, cache.drop_every_card())
    return channel


def parse(method, body: bytes) -> mapping.Drops:
    """One delivery's drops; a body that is not an event names no client (logged, then acked)."""
    service = method.exchange.removesuffix(".events")
    try:
        payload = json.loads(body)
    except ValueError:
        log.error("card projector: %s %s is not JSON; dropped", method.exchange, method.routing_key)
        return {}
    if not isinstance(payload, dict):
        return {}
    return mapping.drops_for(service, method.routing_key, payload)


class CardProjector:
    def __init__(self, amqp_uri: str, cache: CardCache, *, prefetch: int = 200, ssl_options: dict | None = None):
        self._parameters = broker.parameters(amqp_uri, ssl_options)
        self._cache = cache
        self._prefetch = prefetch
        self._pending: list[tuple[int, mapping.Drops]] = []
        self._redis_backoff_s = 0.0

    def run(self, stop: threading.Event, **hooks) -> None:
        """Consume until `stop` is set, reconnecting after every broker failure (`hooks`: on_connected, on_lost)."""
        broker.consume_until_stopped("card projector", self._parameters, self._consume, stop, **hooks)

    def _consume(self, connection, stop: threading.Event) -> None:
        try:
            channel = _prepare(connection, self._cache)
            channel.basic_qos(prefetch_count=self._prefetch)
            channel.basic_consume(QUEUE, self._on_message)
            log.info("card projector: consuming %s (prefetch %d)", QUEUE, self._prefetch)
            while not stop.is_set():
                connection.process_data_events(time_limit=1)  # returns once deliveries are in, or after 1 s
                if self._pending:
                    self._flush(connection, channel)
        finally:
            self._pending.clear()  # unacked deliveries go back to the queue with the connection

    def _on_message(self, channel, method, properties, body) -> None:
        metrics.EVENTS_CONSUMED.inc()
        self._pending.append((method.delivery_tag, parse(method, body)))

    def _flush(self, connection, channel) -> None:
        last_tag = self._pending[-1][0]
        drops = mapping.combine(drop for _, drop in self._pending)
        metrics.BATCH_SIZE.observe(len(self._pending))
        self._pending.clear()
        try:
            if drops:
                self._cache.drop_many(drops)
        except redis.RedisError:
            metrics.REDIS_FAILURES.inc()
            self._redis_backoff_s = broker.next_backoff(self._redis_backoff_s)
            log.warning(
                "card projector: Redis failed; requeueing %d clients' drops in %.1f s",
                len(drops),
                self._redis_backoff_s,
                exc_info=True,
            )
            connection.sleep(self._redis_backoff_s)  # keeps answering the broker's heartbeats
            channel.basic_nack(last_tag, multiple=True, requeue=True)
            return
        self._redis_backoff_s = 0.0
        metrics.DROPS_APPLIED.inc(len(drops))
        channel.basic_ack(last_tag, multiple=True)
