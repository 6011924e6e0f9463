"""Declaring a consumer's event queue from the publishing side.

RabbitMQ drops an event published before any queue is bound for it, so a service whose own
workers consume its events declares their queues at start: nothing sent before the first worker
ever ran is lost. Names and arguments are nameko's own, so the worker's declaration matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from kombu import Connection, Queue
from nameko.constants import AMQP_URI_CONFIG_KEY
from nameko.extensions import DependencyProvider
from nameko.standalone.events import get_event_exchange


@dataclass(frozen=True)
class HandlerQueue:
    source_service: str
    event_type: str
    consumer_service: str
    method_name: str

    def queue(self, config: dict) -> Queue:
        """The queue nameko's service-pool `event_handler` declares (durable, not auto-deleted)."""
        return Queue(
            f"evt-{self.source_service}-{self.event_type}--{self.consumer_service}.{self.method_name}",
            exchange=get_event_exchange(self.source_service, config),
            routing_key=self.event_type,
            durable=True,
            auto_delete=False,
            exclusive=False,
        )


class ConsumerQueues(DependencyProvider):
    def __init__(self, handler_queues: list[HandlerQueue]):
        self.handler_queues = handler_queues

    def start(self):
        config = self.container.config
        with Connection(config[AMQP_URI_CONFIG_KEY]) as connection:
            channel = connection.channel()
            for handler_queue in self.handler_queues:
                handler_queue.queue(config)(channel).declare()
