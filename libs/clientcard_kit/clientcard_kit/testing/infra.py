"""Creating and dropping the per-run databases and vhosts on the shared servers.

Environment URLs come first (the servers already running here); testcontainers only when no
server answers and a Docker engine is reachable.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

POSTGRES_ADMIN_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
AMQP_DEFAULT = "amqp://guest:guest@127.0.0.1:5672/"
MANAGEMENT_DEFAULT = "http://guest:guest@127.0.0.1:15672"


def run_suffix() -> str:
    return uuid.uuid4().hex[:10]


LISTEN_PORTS = range(20000, 32000)  # below Linux's ephemeral range (32768-60999)


def free_port() -> int:
    """A port to listen on later, taken below the ephemeral range: the hundreds of outgoing connections
    a suite opens (PostgreSQL, RabbitMQ, Redis) take ephemeral ports, and one of them could take a port
    handed out by `bind(0)` before its process listens on it ("Address already in use")."""
    for port in random.sample(LISTEN_PORTS, 200):
        with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {LISTEN_PORTS}")


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def postgres_admin_url() -> str:
    url = os.environ.get("TEST_POSTGRES_URL", POSTGRES_ADMIN_DEFAULT)
    parts = urlsplit(url)
    if reachable(parts.hostname or "127.0.0.1", parts.port or 5432):
        return url
    from testcontainers.postgres import PostgresContainer  # only when no server answers

    container = PostgresContainer("postgres:15", driver="psycopg").start()
    return container.get_connection_url()


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def create_database(admin_url: str, name: str) -> str:
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return with_database(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def migrate(alembic_ini: Path, url: str) -> None:
    config = Config(str(alembic_ini))
    config.set_main_option("script_location", str(alembic_ini.parent / "migrations"))
    config.attributes["database_url"] = url
    command.upgrade(config, "head")


def amqp_base_url() -> str:
    return os.environ.get("TEST_AMQP_URL", AMQP_DEFAULT)


def _rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, capture_output=True, timeout=60)


def create_vhost(vhost: str) -> str:
    """Create a vhost for this run (rabbitmqctl here, the management API elsewhere); returns its AMQP URI."""
    base = amqp_base_url()
    user = urlsplit(base).username or "guest"
    if shutil.which("rabbitmqctl") and not os.environ.get("RABBIT_MANAGEMENT_URL"):
        _rabbitmqctl("add_vhost", vhost)
        _rabbitmqctl("set_permissions", "-p", vhost, user, ".*", ".*", ".*")
    else:
        api = os.environ.get("RABBIT_MANAGEMENT_URL", MANAGEMENT_DEFAULT)
        requests.put(f"{api}/api/vhosts/{quote(vhost, safe='')}", timeout=10).raise_for_status()
        requests.put(
            f"{api}/api/permissions/{quote(vhost, safe='')}/{user}",
            json={"configure": ".*", "write": ".*", "read": ".*"},
            timeout=10,
        ).raise_for_status()
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/{quote(vhost, safe='')}"))


def delete_vhost(vhost: str) -> None:
    if shutil.which("rabbitmqctl") and not os.environ.get("RABBIT_MANAGEMENT_URL"):
        _rabbitmqctl("delete_vhost", vhost)
    else:
        api = os.environ.get("RABBIT_MANAGEMENT_URL", MANAGEMENT_DEFAULT)
        requests.delete(f"{api}/api/vhosts/{quote(vhost, safe='')}", timeout=10)
