"""Twins with one Idempotency-Key: the second waits for the first and replays its answer."""

import threading
import time
import uuid

import eventlet
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_kit.idempotency import IdempotencyStore
from clientcard_kit.tables import metadata
from clientcard_kit.testing import infra


@pytest.fixture(scope="module")
def engine(postgres_admin_url):
    name = f"kit_test_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url)
    metadata.create_all(engine)  # the kit's own tables; services create them by migration
    yield engine
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


def test_a_twin_waits_for_the_first_and_replays_its_answer(engine):
    key, first_in = str(uuid.uuid4()), threading.Event()
    answers = {}

    def twin():
        first_in.wait()
        with Session(engine) as session, session.begin():
            answers["twin"] = IdempotencyStore(session).replay(key, "top_up", "hash-1")

    thread = threading.Thread(target=twin)
    thread.start()
    with Session(engine) as session, session.begin():
        store = IdempotencyStore(session)
        assert store.replay(key, "top_up", "hash-1") is None
        first_in.set()
        _wait_until_a_session_waits_on_an_advisory_lock(engine)  # the twin: blocked, not racing past
        assert "twin" not in answers
        store.save(key, "top_up", "hash-1", {"transaction_id": "t1"})
    thread.join(timeout=10)

    assert answers["twin"] == {"transaction_id": "t1"}


def _wait_until_a_session_waits_on_an_advisory_lock(engine, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    query = sa.text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = "
        "(SELECT oid FROM pg_database WHERE datname = current_database())"
    )
    while True:
        with engine.connect() as conn:
            if conn.execute(query).scalar_one():
                return
        assert time.monotonic() < deadline, "the twin never waited on the key's lock"
        eventlet.sleep(0.02)
