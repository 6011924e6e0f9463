"""The running card projector and webhook worker answer their probes and count their work on /metrics
(gateway.worker_http, each on its own WORKER_HTTP_PORT)."""

from __future__ import annotations

import re
import time
import uuid

import pytest
import requests

from tests.integration.test_webhooks import Receiver, subscribe

WORKERS = ("card_projector", "webhook_worker")


def metric(url: str, name: str, **labels: str) -> float:
    """A sample's value on the worker's /metrics page; 0 before it was ever counted."""
    wanted = name + ("{" + ",".join(f'{key}="{value}"' for key, value in labels.items()) + "}" if labels else "")
    for line in requests.get(f"{url}/metrics", timeout=5).text.splitlines():
        if line.startswith(wanted + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def eventually(condition, timeout_s: float = 20.0):
    deadline = time.monotonic() + timeout_s
    while not (result := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)
    return result


@pytest.fixture(scope="module")
def workers(suite) -> dict[str, str]:
    """Each worker's base URL, once it is ready (it is connected to the broker soon after the suite starts)."""
    for name in WORKERS:
        eventually(lambda url=suite.worker_urls[name]: _status(f"{url}/readyz") == 200, timeout_s=60)
    return suite.worker_urls


def _status(url: str) -> int | None:
    try:
        return requests.get(url, timeout=5).status_code
    except requests.ConnectionError:
        return None


@pytest.mark.parametrize("name", WORKERS)
def test_each_worker_is_alive_and_ready(workers, name):
    url = workers[name]
    assert requests.get(f"{url}/healthz", timeout=5).status_code == 200
    ready = requests.get(f"{url}/readyz", timeout=5)
    assert ready.status_code == 200
    expected = {"broker": "ok", "redis": "ok"} if name == "card_projector" else {"broker": "ok"}
    assert ready.json() == {"status": "ready", "checks": expected}
    assert requests.get(f"{url}/metrics", timeout=5).headers["Content-Type"].startswith("text/plain")


def test_the_workers_counters_rise_with_an_event(workers, api):
    projector, webhooks = workers["card_projector"], workers["webhook_worker"]
    receiver = Receiver().start()
    hook = subscribe(api, receiver.url, ["client.created"])
    before = {
        "consumed": metric(projector, "clientcard_card_projector_events_total"),
        "drops": metric(projector, "clientcard_card_projector_drops_total"),
        "batches": metric(projector, "clientcard_card_projector_batch_size_count"),
        "recorded": metric(webhooks, "clientcard_webhook_events_recorded_total"),
        "delivered": metric(webhooks, "clientcard_webhook_delivery_attempts_total", outcome="delivered"),
    }
    try:
        response = api.post("/clients", json={"first_name": "Probe", "last_name": uuid.uuid4().hex[:8]})
        assert response.status_code == 201, response.text

        eventually(lambda: metric(projector, "clientcard_card_projector_drops_total") > before["drops"])
        assert metric(projector, "clientcard_card_projector_events_total") > before["consumed"]
        assert metric(projector, "clientcard_card_projector_batch_size_count") > before["batches"]
        eventually(
            lambda: metric(webhooks, "clientcard_webhook_delivery_attempts_total", outcome="delivered") > before["delivered"]
        )
        assert metric(webhooks, "clientcard_webhook_events_recorded_total") > before["recorded"]
        pending = requests.get(f"{webhooks}/metrics", timeout=5).text
        assert re.search(r"^clientcard_webhook_outbox_pending \d+\.0$", pending, re.MULTILINE), pending
    finally:
        api.delete(f"/webhooks/{hook['id']}")
        receiver.stop()
