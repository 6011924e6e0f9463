"""Request ids, access metrics, and the root endpoints: /healthz, /readyz, /metrics."""

from __future__ import annotations

import os
import re
import time
import uuid

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, g, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

from clientcard_kit.logs import request_id_var
from gateway.auth import public, requires

REQUESTS = Counter("clientcard_http_requests_total", "HTTP requests", ["method", "endpoint", "status"])
LATENCY = Histogram("clientcard_http_request_seconds", "HTTP request duration", ["method", "endpoint"])

REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

root = Blueprint("root", __name__)


def start_request() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if REQUEST_ID_PATTERN.match(incoming) else str(uuid.uuid4())
    request_id_var.set(g.request_id)
    g.started = time.perf_counter()


def finish_request(response: Response) -> Response:
    response.headers["X-Request-ID"] = getattr(g, "request_id", "")
    endpoint = request.url_rule.rule if request.url_rule else "unmatched"
    REQUESTS.labels(request.method, endpoint, response.status_code).inc()
    if hasattr(g, "started"):
        LATENCY.labels(request.method, endpoint).observe(time.perf_counter() - g.started)
    return response


@root.get("/healthz")
@public
def healthz():
    return jsonify(status="ok")


@root.get("/readyz")
@public
def readyz():
    """Ready when the gateway's database and every service answer; parked events are shown.

    Redis is shown but never makes the gateway unready: without it, rate limits are off.

    `?scope=gateway` checks the gateway's own database only: the Kubernetes probe uses it, so
    one service being down never takes every gateway pod out of rotation.
    """
    checks = {"gateway_database": _check_database()}
    if request.args.get("scope") != "gateway":
        checks.update(_check_services(current_app.extensions["clientcard.settings"].services))
    ready = all(check.get("status") == "ok" for check in checks.values())
    checks["redis"] = current_app.extensions["clientcard.rate_limits"].status()
    return jsonify(status="ready" if ready else "not_ready", checks=checks), (200 if ready else 503)


@root.get("/metrics")
@requires("ops:read")
def metrics():
    """Every worker's figures: summed across gunicorn workers when they share a multiprocess directory."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)


def _check_database() -> dict:
    try:
        with current_app.extensions["clientcard.engine"].connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return {"status": "ok"}
    except Exception as error:  # noqa: BLE001 - readiness reports, it does not raise
        return {"status": "error", "detail": str(error)[:200]}


def _check_services(services) -> dict:
    checks = {}
    deadline = time.monotonic() + 2.0
    with current_app.extensions["clientcard.rpc"].lease(g.request_id) as lease:
        replies = {}
        for service in services:
            try:
                replies[service] = lease.call_async(service, "health")
            except Exception as error:  # noqa: BLE001
                checks[service] = {"status": "error", "detail": f"{type(error).__name__}: {error}"[:200]}
        for service, reply in replies.items():
            try:
                answer = lease.result(reply, wait_s=deadline - time.monotonic())
                checks[service] = {"status": "ok", "parked_events": answer.get("parked_events", 0)}
            except Exception as error:  # noqa: BLE001
                checks[service] = {"status": "error", "detail": f"{type(error).__name__}"}
    return checks
