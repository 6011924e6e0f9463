"""pytest fixtures shared by service and integration tests (registered as a pytest11 plugin)."""

from __future__ import annotations

import os

import pytest

from clientcard_kit.testing import infra

# Fixtures that reach PostgreSQL or RabbitMQ: a test that uses one (directly or through another
# fixture) is marked `servers`, and `make unit` leaves it out. Tests on Redis mark themselves.
SERVER_FIXTURES = frozenset({"postgres_admin_url", "test_amqp_uri"})


def pytest_configure(config):
    config.addinivalue_line("markers", "servers: needs PostgreSQL, RabbitMQ or Redis (`make unit` runs the others)")


def pytest_collection_modifyitems(items):
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    return infra.postgres_admin_url()


@pytest.fixture(scope="session")
def migrated_database(postgres_admin_url):
    """Factory: `migrated_database("profile", alembic_ini)` gives a fresh migrated database URL."""
    created: list[str] = []

    def make(service: str, alembic_ini) -> str:
        name = f"{service}_test_{infra.run_suffix()}"
        url = infra.create_database(postgres_admin_url, name)
        created.append(name)
        infra.migrate(alembic_ini, url)
        return url

    yield make
    if not os.environ.get("KEEP_TEST_DATABASES"):
        for name in created:
            infra.drop_database(postgres_admin_url, name)


@pytest.fixture(scope="session")
def test_amqp_uri():
    """A RabbitMQ vhost of this test run's own, deleted afterwards."""
    vhost = f"clientcard-test-{infra.run_suffix()}"
    uri = infra.create_vhost(vhost)
    yield uri
    infra.delete_vhost(vhost)


@pytest.fixture(scope="session")
def s3_endpoint():
    """An S3 endpoint: `TEST_S3_ENDPOINT` when given, else an in-process moto server."""
    if os.environ.get("TEST_S3_ENDPOINT"):
        yield os.environ["TEST_S3_ENDPOINT"]
        return
    from moto.server import ThreadedMotoServer

    port = infra.free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"127.0.0.1:{port}"
    server.stop()
