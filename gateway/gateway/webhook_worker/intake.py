"""The worker's AMQP side: a durable `webhooks` queue bound to the events of the webhook catalogue.

Each event is translated, its resource and its client's locations read by RPC, then recorded in
the feed with its deliveries, then acked. A service or the database failing: the message is
requeued after a growing pause (nothing is lost); broker failing: reconnect after a growing pause.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pika
import sqlalchemy as sa
from nameko.exceptions import RemoteError

from gateway import broker
from gateway.errors import remote_status
from gateway.webhooks import catalogue, feed, resources

log = logging.getLogger(__name__)

QUEUE = "webhooks"
EXCHANGE_HEADER, ROUTING_HEADER, FIRST_FAILED_HEADER = "x-cc-exchange", "x-cc-routing-key", "x-cc-first-failed"
FETCH_PATIENCE_S = 600.0  # how long an event waits for its resource before its facts stand in


class Unavailable(Exception):
    """A service did not answer; the event waits in the queue."""


def declare(channel) -> None:
    broker.declare_bound_queue(channel, QUEUE, catalogue.exchanges())


def declare_queue(amqp_uri: str, ssl_options: dict | None = None) -> None:
    """The deploy step (`python -m gateway.webhook_worker declare-queues`): the queue exists before any event is published."""
    connection = pika.BlockingConnection(broker.parameters(amqp_uri, ssl_options))
    try:
        declare(connection.channel())
    finally:
        connection.close()


def parse(exchange: str, routing_key: str, body: bytes) -> catalogue.ApiEvent | None:
    try:
        payload = json.loads(body)
    except ValueError:
        log.error("webhooks: %s %s is not JSON; dropped", exchange, routing_key)
        return None
    if not isinstance(payload, dict):
        return None
    return catalogue.translate(exchange.removesuffix(".events"), routing_key, payload)


def _gone(error: RemoteError) -> bool:
    """A service's 4xx answer is final (the resource went, or cannot be read by id): asking again won't help."""
    status = remote_status(error)
    return status is not None and 400 <= status < 500


def locations_of(lease, event: catalogue.ApiEvent) -> list[str]:
    """The client's locations (home, visits', invoices') now, and those the event names itself."""
    found = event.location_hints()
    if event.client_id:
        try:
            found += [str(x) for x in lease.call("profile", "get_client_access", event.client_id)["location_ids"]]
        except RemoteError as error:
            if not _gone(error):
                raise
    return list(dict.fromkeys(found))


class Intake:
    def __init__(
        self, amqp_uri: str, engine, rpc_pool, *, prefetch: int, on_recorded: Callable[[], None], ssl_options: dict | None = None
    ):
        self._parameters = broker.parameters(amqp_uri, ssl_options)
        self._engine = engine
        self._rpc = rpc_pool
        self._prefetch = prefetch
        self._on_recorded = on_recorded
        self._backoff_s = 0.0

    def run(self, stop: threading.Event, **hooks) -> None:
        """Consume until `stop` is set, reconnecting after every broker failure (`hooks`: on_connected, on_lost)."""
        broker.consume_until_stopped("webhooks", self._parameters, self._consume, stop, **hooks)

    def _consume(self, connection, stop: threading.Event) -> None:
        channel = connection.channel()
        declare(channel)
        channel.basic_qos(prefetch_count=self._prefetch)
        for method, properties, body in channel.consume(QUEUE, inactivity_timeout=1):
            if stop.is_set():
                break
            if method is not None:
                self._handle(connection, channel, method, properties, body)

    def _handle(self, connection, channel, method, properties, body: bytes) -> None:
        retry = dict(properties.headers or {}) if method.exchange == "" else {}  # one this worker put back
        exchange, routing_key = retry.get(EXCHANGE_HEADER, method.exchange), retry.get(ROUTING_HEADER, method.routing_key)
        first_failed = float(retry.get(FIRST_FAILED_HEADER, 0)) or None
        event = parse(exchange, routing_key, body)
        try:
            patient = first_failed is None or time.time() - first_failed < FETCH_PATIENCE_S
            if event is not None and self.record(event, patient=patient):
                self._on_recorded()
        except (Unavailable, sa.exc.SQLAlchemyError):
            self._backoff_s = broker.next_backoff(self._backoff_s)
            log.warning(
                "webhooks: %s not recorded; retried in %.1f s", event.type if event else "?", self._backoff_s, exc_info=True
            )
            connection.sleep(self._backoff_s)  # keeps answering the broker's heartbeats
            # to the back of the queue, so that one service being down holds up no other service's events
            headers = {EXCHANGE_HEADER: exchange, ROUTING_HEADER: routing_key, FIRST_FAILED_HEADER: first_failed or time.time()}
            channel.basic_publish(
                "", QUEUE, body, pika.BasicProperties(headers=headers, delivery_mode=2, content_type=properties.content_type)
            )
            channel.basic_ack(method.delivery_tag)
            return
        self._backoff_s = 0.0
        channel.basic_ack(method.delivery_tag)

    def record(self, event: catalogue.ApiEvent, *, patient: bool = True) -> bool:
        """Read the event's resource and locations, then add it to the feed; False for a redelivery.

        Unavailable while a service does not answer; once not `patient`, the event's own facts stand
        in for a resource that cannot be read, so a service gone for good loses no event.
        """
        data = None
        try:
            with self._rpc.lease(f"webhooks:{event.id}", actor_name="webhooks") as lease:
                data = _read_or_none(lease, event)
                location_ids = locations_of(lease, event)
        except Exception as error:  # noqa: BLE001 - a timeout, a service or the broker gone: try again later
            if patient:
                raise Unavailable(repr(error)) from error
            location_ids = event.location_hints()
        data = catalogue.fallback_data(event) if data is None else data
        return feed.record(self._engine, event, data, location_ids, now=datetime.now(UTC))


def _read_or_none(lease, event: catalogue.ApiEvent) -> dict | None:
    try:
        return resources.read(lease, event)
    except RemoteError as error:
        if not _gone(error):
            raise
        return None  # gone since (erased, deleted) or refused: the event's own facts stand in
