"""The background workers' probes and metrics (gateway.worker_http) and the consume loop's connection hooks."""

import threading

import pytest
import requests
from prometheus_client import CollectorRegistry, Counter

from clientcard_kit.testing import infra
from gateway import broker
from gateway.worker_http import WorkerHealth, serve


@pytest.fixture
def served():
    servers = []

    def start(health: WorkerHealth, registry: CollectorRegistry | None = None) -> str:
        port = infra.free_port()
        servers.append(serve(port, health, host="127.0.0.1", registry=registry or CollectorRegistry()))
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_readiness_follows_the_broker_connection(served):
    health = WorkerHealth([threading.current_thread()])
    url = served(health)

    unready = requests.get(f"{url}/readyz", timeout=5)
    assert unready.status_code == 503
    assert unready.json() == {"status": "unready", "checks": {"broker": "not connected"}}

    health.on_connected()
    assert requests.get(f"{url}/readyz", timeout=5).json() == {"status": "ready", "checks": {"broker": "ok"}}

    health.on_lost()
    assert requests.get(f"{url}/readyz", timeout=5).status_code == 503


def test_a_failing_check_makes_the_worker_unready_with_its_reason(served):
    def redis_down() -> None:
        raise ConnectionError("Error 111 connecting to redis:6379")

    health = WorkerHealth(checks={"redis": redis_down})
    health.on_connected()
    response = requests.get(f"{served(health)}/readyz", timeout=5)

    assert response.status_code == 503
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["checks"] == {"broker": "ok", "redis": "ConnectionError: Error 111 connecting to redis:6379"}


def test_liveness_follows_the_watched_threads(served):
    finished = threading.Thread(target=lambda: None, name="webhook-outbox")
    finished.start()
    finished.join()
    health = WorkerHealth([threading.current_thread()])
    url = served(health)
    assert requests.get(f"{url}/healthz", timeout=5).status_code == 200

    health.watch(finished)
    response = requests.get(f"{url}/healthz", timeout=5)
    assert response.status_code == 503
    assert response.json()["threads"]["webhook-outbox"] is False


def test_metrics_are_the_registry_in_prometheus_text(served):
    registry = CollectorRegistry()
    counter = Counter("clientcard_test_events_total", "Events", registry=registry)
    url = served(WorkerHealth(), registry)
    counter.inc(3)

    response = requests.get(f"{url}/metrics", timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    assert "clientcard_test_events_total 3.0" in response.text
    assert requests.get(f"{url}/nothing-here", timeout=5).status_code == 404


def test_port_zero_serves_nothing():
    assert serve(0, WorkerHealth()) is None


def test_the_consume_loop_reports_its_connection_while_it_holds_it(test_amqp_uri):
    stop, seen = threading.Event(), []
    health = WorkerHealth()

    def consume(connection, stop):
        seen.append(health.readiness()["broker"])
        stop.set()

    broker.consume_until_stopped(
        "test", broker.parameters(test_amqp_uri), consume, stop, on_connected=health.on_connected, on_lost=health.on_lost
    )
    assert seen == ["ok"]
    assert health.readiness()["broker"] == "not connected"


def test_a_broker_that_cannot_be_reached_never_reports_connected():
    stop, calls = threading.Event(), []
    params = broker.parameters(f"amqp://guest:guest@127.0.0.1:{infra.free_port()}/")
    threading.Timer(0.5, stop.set).start()
    broker.consume_until_stopped(
        "test", params, lambda *_: calls.append("consumed"), stop, on_connected=lambda: calls.append("connected")
    )
    assert calls == []
