"""`python -m gateway.webhook_worker`: the intake and the outbox of webhooks, stopped by SIGTERM.

`python -m gateway.webhook_worker declare-queues` declares its queue and exits (the deploy step).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading

from prometheus_client import REGISTRY

from clientcard_kit import database, logs
from gateway.rpc import RpcPool
from gateway.settings import Settings
from gateway.webhook_worker import metrics
from gateway.webhook_worker.intake import Intake, declare_queue
from gateway.webhook_worker.outbox import Outbox
from gateway.webhooks.settings import WebhookSettings
from gateway.worker_http import WorkerHealth, serve


def main() -> None:
    logs.configure()
    logging.getLogger("pika").setLevel(logging.WARNING)  # pika narrates every frame at INFO
    settings = Settings.from_env()
    if sys.argv[1:] == ["declare-queues"]:
        declare_queue(settings.amqp_uri, settings.amqp_ssl)
        return
    webhook_settings = WebhookSettings.from_env()
    # PostgreSQL's connections are shared by the whole suite: senders take turns past the pool (README, Connections)
    engine = database.create_engine(settings.database_url, settings.db_pool)
    rpc_pool = RpcPool(settings.amqp_uri, timeout_s=settings.rpc_timeout_s, size=2, ssl=settings.amqp_ssl)
    outbox = Outbox(engine, webhook_settings)

    def recorded() -> None:
        metrics.EVENTS_RECORDED.inc()
        outbox.wake.set()

    intake = Intake(
        settings.amqp_uri,
        engine,
        rpc_pool,
        prefetch=webhook_settings.prefetch,
        on_recorded=recorded,
        ssl_options=settings.amqp_ssl,
    )
    stop = threading.Event()

    def shut_down(*_) -> None:
        stop.set()
        outbox.wake.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, shut_down)
    sender = threading.Thread(target=outbox.run, args=(stop,), name="webhook-outbox", daemon=True)
    REGISTRY.register(metrics.PendingDeliveries(engine))
    health = WorkerHealth([threading.current_thread(), sender])  # the intake consumes on this thread
    serve(settings.worker_http_port, health)  # a port taken stops the worker before it takes any work
    sender.start()
    try:
        intake.run(stop, on_connected=health.on_connected, on_lost=health.on_lost)
    finally:
        stop.set()
        outbox.wake.set()
        sender.join(timeout=30)
        rpc_pool.close()
        engine.dispose()


if __name__ == "__main__":
    main()
