"""The suite under database faults: a connection terminated mid-request (`pg_terminate_backend`) is
retried on a fresh one and the request succeeds once; a service whose pool stays exhausted answers 503
with Retry-After; neither leaves SQL parameters or exception names in the answers or the logs."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
import sqlalchemy as sa

from tests.integration.conftest import eventually

TINY_POOL = {"DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "0", "DB_POOL_TIMEOUT_S": "1"}


@pytest.fixture
def profile_db(suite):
    engine = sa.create_engine(suite.databases["profile"], poolclass=sa.pool.NullPool, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


class Blocked:
    """Holds profile's `clients` table locked, so a request touching it waits inside its transaction."""

    def __init__(self, engine):
        self.engine = engine
        self.conn = engine.connect().execution_options(isolation_level="READ COMMITTED")

    def __enter__(self):
        self.transaction = self.conn.begin()
        self.conn.execute(sa.text("LOCK TABLE clients IN ACCESS EXCLUSIVE MODE"))
        return self

    def waiting_backends(self) -> list[int]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                ).scalars()
            )

    def wait_for_a_waiter(self) -> int:
        return eventually(lambda: _first(self.waiting_backends()), timeout=4, interval=0.05)

    def release(self) -> None:
        if self.transaction.is_active:
            self.transaction.rollback()

    def __exit__(self, *exc_info):
        self.release()
        self.conn.close()


def _no_other_active_backend(engine) -> None:
    with engine.connect() as conn:
        busy = conn.execute(
            sa.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                "AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    assert busy == 0


def _first(pids: list[int]) -> int:
    assert pids, "no request is waiting on the lock yet"
    return pids[0]


def in_background(call):
    """Run `call` in a thread; the returned list holds its result once the thread is joined."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(call()), daemon=True)
    thread.start()
    return thread, result


def test_a_connection_terminated_mid_request_is_retried_once_and_the_request_succeeds(api, profile_db, service_log):
    card_number = f"FAULT-{uuid.uuid4().hex[:12]}"  # in the INSERT's parameters, and in no log line
    logged_before = {name: len(service_log(name)) for name in ("profile", "gateway")}
    with Blocked(profile_db) as blocked:
        thread, result = in_background(
            lambda: api.post("/clients", json={"first_name": "Terminated", "card_number": card_number})
        )
        pid = blocked.wait_for_a_waiter()
        with profile_db.connect() as conn:
            assert conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
        blocked.release()
        thread.join(timeout=10)

    created = result[0]
    assert created.status_code == 201, created.text
    found = api.get("/clients", params={"q": card_number}).json()["items"]
    assert [c["id"] for c in found] == [created.json()["id"]]  # once, not twice
    # the log files are shared by every run on this machine: read what was written since the test began
    logged = {name: service_log(name)[start:] for name, start in logged_before.items()}
    assert card_number not in logged["profile"] and card_number not in logged["gateway"]
    assert "connection lost (AdminShutdown (SQLSTATE 57P01)); running the transaction again" in logged["profile"]


def test_the_requests_after_every_connection_was_terminated_succeed(api, client_id, profile_db):
    assert api.get(f"/clients/{client_id}").status_code == 200  # the pool holds open connections now
    with profile_db.connect() as conn:
        ended = conn.execute(
            sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    assert ended >= 1

    assert api.get(f"/clients/{client_id}").status_code == 200
    assert api.patch(f"/clients/{client_id}", json={"tags": ["after-terminate"]}).status_code == 200


def test_an_exhausted_pool_answers_503_with_retry_after_and_recovers(suite, api, client_id, profile_db):
    suite.stop("profile")
    suite.start("profile", **TINY_POOL)
    try:
        suite.wait_ready()
        # profile's start-up duties (the eager purge of sealed records) done: the one connection is free
        eventually(lambda: _no_other_active_backend(profile_db), timeout=15, interval=0.1)
        with Blocked(profile_db) as blocked:
            holder, held = in_background(lambda: api.post("/clients", json={"first_name": "Holder"}))
            blocked.wait_for_a_waiter()  # the pool's only connection waits on the lock
            started = time.monotonic()
            refused = api.get(f"/clients/{client_id}")
            waited = time.monotonic() - started
            blocked.release()
            holder.join(timeout=10)

        assert refused.status_code == 503, refused.text
        assert refused.headers["Content-Type"].startswith("application/problem+json")
        assert int(refused.headers["Retry-After"]) >= 1
        assert "Error" not in refused.json()["detail"]  # no exception class names
        assert waited < 4  # DB_POOL_TIMEOUT_S, not the gateway's RPC timeout
        assert held[0].status_code == 201, held[0].text
        assert api.get(f"/clients/{client_id}").status_code == 200  # the connection is back
    finally:
        suite.stop("profile")
        suite.start("profile")
        suite.wait_ready()
