"""An event published to a loyalty that has never run is handled once it starts, because its deploy
step (`python -m clientcard_kit.declare_queues`) declared its queues first."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from kombu import Connection
from nameko.standalone.events import event_dispatcher, get_event_exchange
from nameko.testing.services import entrypoint_hook

from clientcard_kit.testing import infra
from clientcard_loyalty.service import LoyaltyService

SERVICE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_broker(loyalty_database_url, monkeypatch):
    """A vhost no loyalty ever ran on: no queue, no binding."""
    vhost = f"clientcard-fresh-{infra.run_suffix()}"
    uri = infra.create_vhost(vhost)
    monkeypatch.setenv("DATABASE_URL", loyalty_database_url)
    yield {"AMQP_URI": uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}
    infra.delete_vhost(vhost)


def _declare_queues(config: dict) -> None:
    subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore",
            "-m",
            "clientcard_kit.declare_queues",
            "--config",
            str(SERVICE_DIR / "config.yaml"),
            "--broker",
            config["AMQP_URI"],
            "clientcard_loyalty.service",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _points_become(container, client_id: str, points: int, timeout_s: float = 15) -> int:
    deadline = time.monotonic() + timeout_s
    while True:
        with entrypoint_hook(container, "get_card_section") as get_card_section:
            seen = get_card_section(client_id)["points"]
        if seen == points or time.monotonic() > deadline:
            return seen
        time.sleep(0.2)


def test_an_event_published_before_loyalty_ever_ran_is_handled_when_it_starts(
    fresh_broker, container_factory, events, new_client_id
):
    with Connection(fresh_broker["AMQP_URI"]) as connection:  # billing ran: its dispatcher declared its exchange
        get_event_exchange("billing", fresh_broker)(connection.channel()).declare()
    dispatch = event_dispatcher(fresh_broker)
    dispatch("billing", "payment_recorded", events.payment(new_client_id, 40_000))  # no queue yet: RabbitMQ drops it

    _declare_queues(fresh_broker)
    dispatch("billing", "payment_recorded", events.payment(new_client_id, 12_550))  # loyalty has still never run

    container = container_factory(LoyaltyService, fresh_broker)
    container.start()
    assert _points_become(container, new_client_id, 125) == 125  # the second payment's points, the first was lost


def test_declaring_twice_changes_nothing(fresh_broker):
    _declare_queues(fresh_broker)
    _declare_queues(fresh_broker)  # the step runs on every start and every replica: it must be idempotent
