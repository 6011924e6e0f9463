"""Loyalty tests: a migrated database of this run's own, and nameko config on this run's vhost."""

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_hook, entrypoint_waiter, replace_dependencies

from clientcard_loyalty.service import LoyaltyService

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def loyalty_database_url(migrated_database):
    return migrated_database("loyalty", SERVICE_DIR / "alembic.ini")


@pytest.fixture
def service_config(loyalty_database_url, test_amqp_uri, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", loyalty_database_url)
    return {"AMQP_URI": test_amqp_uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}


class TravelClock:
    """The injected Clock, set by the test: `clock.now = ...` moves time for the service."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **delta) -> None:
        self.now = self.now + timedelta(**delta)


class RunningLoyalty:
    """A started loyalty container with a movable clock, and helpers to drive and inspect it."""

    def __init__(self, container, config, clock, database_url):
        self.container, self.clock = container, clock
        self._dispatch = event_dispatcher(config)
        self.engine = sa.create_engine(database_url)

    def call(self, method: str, *args, **kwargs):
        with entrypoint_hook(self.container, method) as hook:
            return hook(*args, **kwargs)

    def deliver(self, source: str, event_type: str, payload: dict) -> None:
        handler = f"handle_{event_type}"
        with entrypoint_waiter(self.container, handler):
            self._dispatch(source, event_type, payload)

    def publish(self, source: str, event_type: str, payload: dict) -> None:
        """Publish without waiting for the handler."""
        self._dispatch(source, event_type, payload)

    def rows(self, query: str, **params) -> list:
        with self.engine.connect() as conn:
            return conn.execute(sa.text(query), params).all()

    def outbox(self, event_type: str, client_id: str) -> list[dict]:
        return [
            row.payload
            for row in self.rows(
                "SELECT payload FROM outbox_events WHERE event_type = :t AND payload->>'client_id' = :c ORDER BY id",
                t=event_type,
                c=str(client_id),
            )
        ]


def envelope(**fields) -> dict:
    return {"event_id": str(uuid.uuid4()), "occurred_at": datetime.now(UTC).isoformat(), "version": 1, **fields}


def payment(client_id, amount_minor, *, method="card", recorded_at=None, location_id=None, **extra) -> dict:
    return envelope(
        payment_id=str(uuid.uuid4()),
        invoice_id=str(uuid.uuid4()),
        client_id=str(client_id),
        location_id=location_id,
        amount_minor=amount_minor,
        currency="GBP",
        method=method,
        recorded_at=(recorded_at or datetime.now(UTC)).isoformat(),
        **extra,
    )


def refund(paid: dict, amount_minor, *, to="original") -> dict:
    return envelope(
        refund_id=str(uuid.uuid4()),
        payment_id=paid["payment_id"],
        invoice_id=paid["invoice_id"],
        client_id=paid["client_id"],
        amount_minor=amount_minor,
        currency="GBP",
        to=to,
    )


@pytest.fixture
def loyalty(container_factory, service_config, loyalty_database_url):
    clock = TravelClock(datetime.now(UTC))
    container = container_factory(LoyaltyService, service_config)
    replace_dependencies(container, clock=clock)
    container.start()
    running = RunningLoyalty(container, service_config, clock, loyalty_database_url)
    yield running
    running.engine.dispose()


@pytest.fixture
def new_client_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def events() -> SimpleNamespace:
    """Builders of incoming events with random ids: `events.payment(client, 1000)`, `events.refund(paid, 500)`."""
    return SimpleNamespace(envelope=envelope, payment=payment, refund=refund)
