"""`python -m clientcard_kit.declare_queues --config config.yaml`: declare every event handler queue of
the suite (`event_queues.QUEUES`), then exit. With `<module>[:Class] ...` (as given to `nameko run`):
the queues those services' handlers consume, read from their code.

RabbitMQ drops an event published before any queue is bound for it, and a first deploy starts
services in any order. So every nameko process runs this step before it starts (`make up`'s setup,
the compose command, the Kubernetes init container): whichever comes first, every consumer's queue
exists before any event is published. Declaring is idempotent; names and arguments are nameko's
own, so the workers find the same queues.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable

import yaml
from kombu import Connection
from nameko.cli.main import setup_yaml_parser
from nameko.cli.run import import_service
from nameko.constants import AMQP_URI_CONFIG_KEY
from nameko.containers import ServiceContainer
from nameko.events import SERVICE_POOL, EventHandler

from clientcard_kit.event_queues import QUEUES
from clientcard_kit.queues import HandlerQueue

log = logging.getLogger(__name__)

BROKER_WAIT_S = 120  # an init container may start before the broker answers


def handler_queues(service_cls, config: dict) -> list[HandlerQueue]:
    """The durable queue of every service-pool event handler of a service class."""
    container = ServiceContainer(service_cls, config)  # binds the extensions; nothing is set up or connected
    return sorted(
        (
            HandlerQueue(handler.source_service, handler.event_type, container.service_name, handler.method_name)
            for handler in container.entrypoints
            # other kinds keep no events for an absent consumer by design (broadcast, unreliable)
            if isinstance(handler, EventHandler) and handler.handler_type is SERVICE_POOL and handler.reliable_delivery
        ),
        key=lambda queue: (queue.source_service, queue.event_type, queue.method_name),
    )


def service_classes(targets: Iterable[str]) -> list[type]:
    """What `nameko run <targets>` would start (classes without a `name` are bases, not services)."""
    return [cls for target in targets for cls in import_service(target) if getattr(cls, "name", None)]


def declare(config: dict, queues: list[HandlerQueue], *, wait_s: float = BROKER_WAIT_S) -> None:
    with Connection(config[AMQP_URI_CONFIG_KEY], ssl=config.get("AMQP_SSL")) as connection:  # amqps: README, Connections
        connection.ensure_connection(max_retries=max(1, int(wait_s / 2)), interval_start=1, interval_step=1, interval_max=2)
        channel = connection.channel()
        for queue in queues:
            queue.queue(config)(channel).declare()


def load_config(path: str | None) -> dict:
    if path is None:
        return {}
    setup_yaml_parser()  # `${AMQP_URI:...}` reads the environment, as under `nameko run`
    with open(path) as config_file:
        return yaml.safe_load(config_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clientcard_kit.declare_queues", description=__doc__.split("\n")[0])
    parser.add_argument("--config", help="the service's nameko config.yaml (AMQP_URI)")
    parser.add_argument("--broker", help="AMQP URI, instead of the config's")
    parser.add_argument("targets", nargs="*", help="module[:Class], as given to `nameko run` (default: the whole suite)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
    config = load_config(args.config)
    if args.broker:
        config[AMQP_URI_CONFIG_KEY] = args.broker
    if args.targets:
        queues = [queue for cls in service_classes(args.targets) for queue in handler_queues(cls, config)]
    else:
        queues = list(QUEUES)
    declare(config, queues)
    for queue in queues:
        log.debug("declared %s", queue.name)
    log.info("%d event queues declared for %s", len(queues), " ".join(args.targets) or "the suite")
    return 0


if __name__ == "__main__":
    sys.exit(main())
