"""Gateway tests: a migrated gateway database of this run's own, no services behind it."""

from pathlib import Path

import pytest

from gateway.app import create_app
from gateway.keys import KeyStore
from gateway.settings import Settings

GATEWAY_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def gateway_database_url(migrated_database):
    return migrated_database("gateway", GATEWAY_DIR / "alembic.ini")


@pytest.fixture
def make_app(gateway_database_url, test_amqp_uri):
    """Factory: a gateway app on the test database; several stand for several gunicorn workers."""
    apps = []

    def make(**settings):
        settings = {"rpc_timeout_s": 1.0, "card_budget_s": 0.5, **settings}
        app = create_app(Settings(database_url=gateway_database_url, amqp_uri=test_amqp_uri, **settings))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["clientcard.engine"].dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def http(app):
    return app.test_client()


@pytest.fixture
def keys(app):
    return KeyStore(app.extensions["clientcard.engine"])
