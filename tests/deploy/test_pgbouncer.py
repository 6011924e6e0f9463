"""The database layer works through PgBouncer in transaction mode, as production runs it
(deploy/k8s/components/pgbouncer): a real PgBouncer on its own port, in front of the local server.

Transaction pooling hands each transaction whichever server session is free, so nothing may rely on
session state: advisory locks are transaction-scoped (`pg_advisory_xact_lock`), settings are
`set_config(..., true)`, and psycopg's server-side prepared statements are off (`DB_PREPARE_THRESHOLD=off`)
unless PgBouncer >= 1.22 tracks them (`max_prepared_statements`). Migrations keep their session lock
and connect to the server itself (README, Connections).

Skipped only where no pgbouncer binary exists (Debian: `apt-get install pgbouncer`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import sqlalchemy as sa

from clientcard_kit.testing import infra

ROOT = Path(__file__).resolve().parents[2]
SERVER_POOL = 2  # server sessions per database: far fewer than the clients, so transactions change session
CLIENTS, TRANSACTIONS_PER_CLIENT = 8, 25  # as in pgbouncer_workload.py

PGBOUNCER = shutil.which("pgbouncer") or next(
    (path for path in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.access(path, os.X_OK)), None
)
pytestmark = pytest.mark.skipif(PGBOUNCER is None, reason="no pgbouncer binary (Debian package pgbouncer)")


def pgbouncer_version() -> tuple[int, int]:
    output = subprocess.run([PGBOUNCER, "--version"], capture_output=True, text=True, check=True).stdout
    major, minor = re.search(r"PgBouncer (\d+)\.(\d+)", output).groups()
    return int(major), int(minor)


@pytest.fixture(scope="module")
def server_url(migrated_database):
    # loyalty's real schema (its idempotency_records among it), migrated directly as the Jobs do
    return migrated_database("loyalty", ROOT / "services/loyalty/alembic.ini")


@pytest.fixture(scope="module")
def pooled_url(server_url, tmp_path_factory):
    """`server_url` through a PgBouncer of this module's own: transaction pooling, SERVER_POOL sessions."""
    server = urlsplit(server_url)
    database = server.path.lstrip("/")
    folder = tmp_path_factory.mktemp("pgbouncer")
    port = infra.free_port()
    password = f" password={server.password}" if server.password else ""
    (folder / "userlist.txt").write_text('"clientcard" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"{database} = host={server.hostname or '127.0.0.1'} port={server.port or 5432} dbname={database} "
        f"user={server.username or 'postgres'}{password}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {folder / 'userlist.txt'}\n"
        f"pool_mode = transaction\ndefault_pool_size = {SERVER_POOL}\nmax_db_connections = {SERVER_POOL}\n"
        "reserve_pool_size = 0\nmax_client_conn = 100\nstats_users = clientcard\n"
    )
    folder.chmod(0o755)  # pgbouncer refuses to run as root: it drops to nobody, who must read its files
    command = [PGBOUNCER, *(["-u", "nobody"] if os.geteuid() == 0 else []), str(folder / "pgbouncer.ini")]
    # its log goes to a file: an unread pipe would fill up and stop pgbouncer mid-test
    log = folder / "pgbouncer.out"
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while not infra.reachable("127.0.0.1", port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            pytest.fail(f"pgbouncer did not start: {log.read_text(errors='replace')}")
        time.sleep(0.05)
    yield urlunsplit(server._replace(netloc=f"clientcard@127.0.0.1:{port}"))
    process.terminate()
    process.wait(timeout=10)


def run_workload(pooled_url: str, threshold: str) -> list[str]:
    """The workload (pgbouncer_workload.py) in a process of its own, with real threads: this test process is
    monkey-patched by eventlet, whose hub mistakes a descriptor number reused by a new connection for a
    second reader of the old one. Returns the clients' failures."""
    environment = {**os.environ, "DB_PREPARE_THRESHOLD": threshold}
    run = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("pgbouncer_workload.py")), pooled_url],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def server_sessions(pooled_url: str) -> int:
    """The server sessions PgBouncer holds (its admin console speaks the simple protocol only: psql)."""
    url = urlsplit(pooled_url)
    output = subprocess.run(
        ["psql", "-h", url.hostname, "-p", str(url.port), "-U", url.username, "-tAc", "SHOW SERVERS", "pgbouncer"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return len([line for line in output.splitlines() if line.strip()])


def test_the_kit_database_layer_runs_through_transaction_pooling(server_url, pooled_url):
    failures = run_workload(pooled_url, "off")
    sessions = server_sessions(pooled_url)

    assert not failures, f"{len(failures)} clients failed, first: {failures[0]}"
    with sa.create_engine(server_url, poolclass=sa.pool.NullPool).connect() as conn:
        saved = conn.execute(sa.text("SELECT count(*) FROM idempotency_records WHERE operation = 'pgbouncer_check'")).scalar_one()
    assert saved >= CLIENTS * TRANSACTIONS_PER_CLIENT
    # CLIENTS client connections were served by at most SERVER_POOL server sessions
    assert 1 <= sessions <= SERVER_POOL


@pytest.mark.skipif(
    PGBOUNCER is not None and pgbouncer_version() >= (1, 22),
    reason="PgBouncer >= 1.22 can track prepared statements (max_prepared_statements)",
)
def test_server_side_prepared_statements_break_through_an_older_pgbouncer(pooled_url):
    # why DB_PREPARE_THRESHOLD exists: psycopg's default prepares at the sixth execution, on one session
    failures = run_workload(pooled_url, "5")
    assert any("prepared statement" in error for error in failures), failures[:1]
