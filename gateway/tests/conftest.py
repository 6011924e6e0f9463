"""Gateway tests: a migrated gateway database of this run's own, no services behind it."""
from pathlib import Path

import pytest

from gateway.app import create_app
from gateway.settings import Settings

GATEWAY_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def gateway_database_url(migrated_database):
    return migrated_database("gateway", GATEWAY_DIR / "alembic.ini")


@pytest.fixture
def app(gateway_database_url, test_amqp_uri):
    settings = Settings(database_url=gateway_database_url, amqp_uri=test_amqp_uri, rpc_timeout_s=1.0, card_budget_s=0.5)
    return create_app(settings)


@pytest.fixture
def http(app):
    return app.test_client()
