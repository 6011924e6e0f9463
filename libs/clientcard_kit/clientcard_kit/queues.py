"""An event handler's queue as nameko declares it, so that others may declare it first.

RabbitMQ drops an event published before any queue is bound for it. Every consumer's queues are
declared by a step of its own before it runs (`clientcard_kit.declare_queues`); a publisher may
also declare its known consumers' queues at start (`ConsumerQueues`). Names and arguments are
nameko's own, so the worker's declaration matches.
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

    @property
    def name(self) -> str:
        return f"evt-{self.source_service}-{self.event_type}--{self.consumer_service}.{self.method_name}"

    def queue(self, config: dict) -> Queue:
        """The queue nameko's service-pool `event_handler` declares (durable, not auto-deleted)."""
        return Queue(
            self.name,
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
        with Connection(config[AMQP_URI_CONFIG_KEY], ssl=config.get("AMQP_SSL")) as connection:  # amqps: README, Connections
            channel = connection.channel()
            for handler_queue in self.handler_queues:
                handler_queue.queue(config)(channel).declare()
