"""The gateway's own AMQP consumers (card projector, webhook intake) through pika: connection
parameters with the TLS options nameko and the RPC pool use (clientcard_kit.amqp_tls, README,
Connections), their queue declared as nameko declares exchanges, and the reconnecting consume loop."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

import pika
import pika.exceptions

from clientcard_kit import amqp_tls

log = logging.getLogger(__name__)

BACKOFF_FIRST_S, BACKOFF_MAX_S = 0.2, 5.0


def parameters(amqp_uri: str, ssl_options: dict | None = None) -> pika.URLParameters:
    """`amqp_uri`'s parameters; with `ssl_options` (an amqps URI), TLS verifying the broker against their CA."""
    params = pika.URLParameters(amqp_uri)
    if ssl_options is not None:
        # None: pika checks the certificate against the URI's host
        params.ssl_options = pika.SSLOptions(amqp_tls.ssl_context(ssl_options), ssl_options.get("server_hostname"))
    return params


def declare_bound_queue(channel, queue: str, bindings: Iterable[tuple[str, str]]) -> None:
    """The exchanges as nameko declares them (either side may come first), the queue and its bindings."""
    bindings = list(bindings)
    for exchange in sorted({exchange for exchange, _ in bindings}):
        channel.exchange_declare(exchange, exchange_type="topic", durable=True, auto_delete=False)
    channel.queue_declare(queue, durable=True)
    for exchange, routing_key in bindings:
        channel.queue_bind(queue, exchange, routing_key=routing_key)


def next_backoff(previous_s: float) -> float:
    """A growing pause: BACKOFF_FIRST_S first, then doubled each time, never above BACKOFF_MAX_S."""
    return min(max(previous_s * 2, BACKOFF_FIRST_S), BACKOFF_MAX_S)


def _nothing() -> None:
    pass


def consume_until_stopped(
    name: str,
    params: pika.URLParameters,
    consume: Callable[[pika.BlockingConnection, threading.Event], None],
    stop: threading.Event,
    *,
    on_connected: Callable[[], None] = _nothing,
    on_lost: Callable[[], None] = _nothing,
) -> None:
    """Hand `consume` a fresh connection until `stop` is set; the connection is closed after it (its
    unacked deliveries go back to the queue), and a broker failure reconnects after a growing pause.
    `on_connected`/`on_lost` bracket each connection's life (the worker's readiness probe)."""
    backoff = BACKOFF_FIRST_S
    while not stop.is_set():
        try:
            connection = pika.BlockingConnection(params)
            on_connected()
            try:
                consume(connection, stop)
            finally:
                on_lost()
                if connection.is_open:
                    connection.close()
            backoff = BACKOFF_FIRST_S
        except pika.exceptions.AMQPError:
            log.warning("%s: broker connection lost; reconnecting in %.1f s", name, backoff, exc_info=True)
            stop.wait(backoff)
            backoff = next_backoff(backoff)
