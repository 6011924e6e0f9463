"""Files tests: a migrated database of this run's own, and nameko config on this run's vhost."""

from pathlib import Path

import pytest

SERVICE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def files_database_url(migrated_database):
    return migrated_database("files", SERVICE_DIR / "alembic.ini")


@pytest.fixture
def service_config(files_database_url, test_amqp_uri, s3_endpoint, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", files_database_url)
    monkeypatch.setenv("S3_ENDPOINT", s3_endpoint)
    monkeypatch.setenv("S3_BUCKET", "files-service-tests")
    return {"AMQP_URI": test_amqp_uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}
