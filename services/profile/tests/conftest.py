"""Profile tests: a migrated database of this run's own, and nameko config on this run's vhost."""

from pathlib import Path

import pytest

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def profile_database_url(migrated_database):
    return migrated_database("profile", SERVICE_DIR / "alembic.ini")


@pytest.fixture
def service_config(profile_database_url, test_amqp_uri, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", profile_database_url)
    return {"AMQP_URI": test_amqp_uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}
