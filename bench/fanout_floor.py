"""The fan-out's floor: what five RPCs cost before any service does any work. Five no-op nameko services
(the kit's `rpc` entrypoint, each its own process as the real ones are) and a bare Flask endpoint that asks
all five at once through the gateway's own RpcPool, under the gateway's gunicorn settings. A cold card is
this plus each section's own work, so its row in the table can be read against this one.

    nameko run --config bench/fanout_floor.yaml bench.fanout_floor:Echo0   (and Echo1 ... Echo4)
    gunicorn "bench.fanout_floor:create_app()"
"""

from __future__ import annotations

import json
import os

from flask import Flask, Response

from clientcard_kit.entrypoints import rpc
from gateway.rpc import RpcPool

SECTIONS = 5
ROWS = [{"n": n, "label": "x" * 40} for n in range(5)]  # a small section's worth of JSON


def _echo_service(n: int) -> type:
    class Echo:
        name = f"bench_echo{n}"

        @rpc
        def section(self, client_id: str) -> dict:
            return {"client_id": client_id, "rows": ROWS}

    Echo.__name__ = Echo.__qualname__ = f"Echo{n}"
    return Echo


Echo0, Echo1, Echo2, Echo3, Echo4 = (_echo_service(n) for n in range(SECTIONS))
SERVICE_CLASSES = ("Echo0", "Echo1", "Echo2", "Echo3", "Echo4")


def create_app() -> Flask:
    pool = RpcPool(os.environ["AMQP_URI"], timeout_s=10)
    app = Flask(__name__)

    @app.get("/api/v1/clients/<client_id>/card")
    def card(client_id: str) -> Response:
        with pool.lease() as lease:
            replies = [lease.call_async(f"bench_echo{n}", "section", client_id) for n in range(SECTIONS)]
            body = {f"section{n}": lease.result(reply) for n, reply in enumerate(replies)}
        return Response(json.dumps(body), mimetype="application/json")

    @app.get("/healthz")
    def healthz() -> Response:
        with pool.lease() as lease:
            for n in range(SECTIONS):
                lease.call(f"bench_echo{n}", "section", "ready")
        return Response(b'{"status": "ok"}', mimetype="application/json")

    return app
