"""Billing tests: a migrated database of this run's own, and nameko config on this run's vhost."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from clientcard_billing.use_cases.support import BillingContext

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def billing_database_url(migrated_database):
    return migrated_database("billing", SERVICE_DIR / "alembic.ini")


@pytest.fixture
def service_config(billing_database_url, test_amqp_uri, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", billing_database_url)
    return {"AMQP_URI": test_amqp_uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}


@pytest.fixture(scope="session")
def billing_engine(billing_database_url):
    import sqlalchemy as sa

    engine = sa.create_engine(billing_database_url, pool_size=12)
    yield engine
    engine.dispose()


@pytest.fixture
def make_uow(billing_engine):
    """Factory of billing units of work on this run's migrated database (no nameko container)."""
    from sqlalchemy.orm import sessionmaker

    from clientcard_billing.db.uow import BillingUnitOfWork

    factory = sessionmaker(billing_engine, expire_on_commit=False)
    return lambda: BillingUnitOfWork(factory, billing_engine)


# Builders for billing's use-case tests. Profile is another service: the few answers billing
# needs from it (personal discount, family links) come from `Directory` here; the integration
# tests exercise the real RPCs.


@dataclass
class Directory:
    discounts: dict = field(default_factory=dict)
    links: dict = field(default_factory=dict)

    def get_client(self, client_id: str) -> dict:
        return {"id": client_id, "discount_percent": self.discounts.get(client_id, 0)}

    def linked_client_ids(self, client_id: str) -> set[str]:
        return set(self.links.get(client_id, ()))

    def linked(self, client_id: str, other_id: str) -> bool:
        return other_id in self.linked_client_ids(client_id)

    def link(self, a: str, b: str) -> None:
        self.links.setdefault(a, set()).add(b)
        self.links.setdefault(b, set()).add(a)


def context(directory: Directory | None = None, gift_cards=None) -> BillingContext:
    return BillingContext(
        currency="GBP", now=datetime.now(UTC), profile=directory or Directory(), gift_cards=gift_cards, actor_id="test"
    )


def open_client(make_uow) -> str:
    client_id = uuid.uuid4()
    uow = make_uow()
    with uow:
        uow.accounts.open(client_id, "GBP")
        uow.commit()
    return str(client_id)


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


def service_line(price: int, description: str = "Cut", **extra) -> dict:
    return {"description": description, "kind": "service", "quantity": 1, "unit_price": gbp(price), **extra}


@pytest.fixture
def builders():
    return SimpleNamespace(Directory=Directory, context=context, open_client=open_client, gbp=gbp, service_line=service_line)
