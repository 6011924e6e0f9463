"""The probes and metrics of the gateway's background workers (card projector, webhook worker), which
have no web server of their own: /healthz, /readyz and /metrics on `WORKER_HTTP_PORT`, in a daemon thread.

/healthz: 200 while the worker's threads (its consume loop, the webhook outbox) run.
/readyz: 200 while the consume loop holds a broker connection and every extra check passes
(the projector's Redis); otherwise 503 with the reasons as JSON.
/metrics: the process's prometheus_client registry.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

log = logging.getLogger(__name__)

Check = Callable[[], None]  # raises when what it checks does not answer


class WorkerHealth:
    """What the probes read. The consume loop reports its broker connection through
    `on_connected`/`on_lost` (gateway.broker.consume_until_stopped's hooks)."""

    def __init__(self, threads: Iterable[threading.Thread] = (), checks: dict[str, Check] | None = None):
        self._threads = list(threads)
        self._checks = dict(checks or {})
        self._connected = threading.Event()

    def watch(self, thread: threading.Thread) -> None:
        self._threads.append(thread)

    def on_connected(self) -> None:
        self._connected.set()

    def on_lost(self) -> None:
        self._connected.clear()

    def alive(self) -> dict[str, bool]:
        return {thread.name: thread.is_alive() for thread in self._threads}

    def readiness(self) -> dict[str, str]:
        """Each check's "ok" or the reason it failed; "broker" first."""
        found = {"broker": "ok" if self._connected.is_set() else "not connected"}
        for name, check in self._checks.items():
            try:
                check()
                found[name] = "ok"
            except Exception as error:  # noqa: BLE001 - any failure makes the worker unready, with its reason
                found[name] = f"{type(error).__name__}: {error}"[:200]
        return found


def _handler(health: WorkerHealth, registry: CollectorRegistry) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            if path == "/healthz":
                threads = health.alive()
                self._json(200 if all(threads.values()) else 503, {"threads": threads})
            elif path == "/readyz":
                checks = health.readiness()
                ready = all(status == "ok" for status in checks.values())
                self._json(200 if ready else 503, {"status": "ready" if ready else "unready", "checks": checks})
            elif path == "/metrics":
                self._send(200, CONTENT_TYPE_LATEST, generate_latest(registry))
            else:
                self._json(404, {"title": "Not Found"})

        def _json(self, status: int, body: dict) -> None:
            self._send(status, "application/json", json.dumps(body).encode())

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - probes every few seconds: not worth a log line
            pass

    return Handler


def serve(
    port: int,
    health: WorkerHealth,
    *,
    host: str = "0.0.0.0",  # noqa: S104 - probed from outside the container
    registry: CollectorRegistry = REGISTRY,
) -> ThreadingHTTPServer | None:
    """Serve the three paths on `port` in a daemon thread (it never delays the worker's exit); 0: no server."""
    if not port:
        return None
    server = ThreadingHTTPServer((host, port), _handler(health, registry))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="worker-http", daemon=True).start()
    log.info("probes and metrics on port %d", server.server_address[1])
    return server
