"""`python -m gateway.card_projector`: the projector process, configured from the environment, stopped by SIGTERM.

`python -m gateway.card_projector declare-queues` declares its queue and exits (the deploy step).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading

from clientcard_kit import logs
from gateway.card_cache import CardCache
from gateway.card_projector.consumer import CardProjector, declare_queue
from gateway.settings import Settings
from gateway.worker_http import WorkerHealth, serve

REDIS_TIMEOUT_S = 2.0  # the projector may wait longer than a card read: it only delays acks


def main() -> None:
    logs.configure()
    logging.getLogger("pika").setLevel(logging.WARNING)  # pika narrates every frame at INFO
    settings = Settings.from_env()
    cache = CardCache.from_url(
        settings.redis_url, settings.card_cache_ttl_s, prefix=settings.card_cache_prefix, timeout_s=REDIS_TIMEOUT_S
    )
    if sys.argv[1:] == ["declare-queues"]:
        declare_queue(settings.amqp_uri, cache, settings.amqp_ssl)
        return
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    # the consume loop runs on this thread; without Redis it only requeues, so it is not ready
    health = WorkerHealth([threading.current_thread()], checks={"redis": cache.redis.ping})
    serve(settings.worker_http_port, health)
    CardProjector(settings.amqp_uri, cache, prefetch=settings.card_projector_prefetch, ssl_options=settings.amqp_ssl).run(
        stop, on_connected=health.on_connected, on_lost=health.on_lost
    )


if __name__ == "__main__":
    main()
