"""The kit's database layer under concurrent use, as a service runs it: CLIENTS threads sharing one pool, each
running the kit's idempotent-write path (an advisory xact lock, SELECT ... FOR UPDATE, INSERT) and a
transaction-local setting, many times over. Run by test_pgbouncer.py as its own process (real threads, no
eventlet): `python pgbouncer_workload.py URL` prints the clients' failures as a JSON list.
"""

from __future__ import annotations

import json
import sys
import threading
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_kit import database
from clientcard_kit.idempotency import IdempotencyStore
from clientcard_kit.settings import PoolSettings

CLIENTS = 8
TRANSACTIONS_PER_CLIENT = 25  # each client runs every statement far past psycopg's threshold of 5


def run_workload(engine: sa.Engine) -> list[BaseException]:
    """CLIENTS threads, each its own pooled connection, running the kit's idempotent-write path (an
    advisory xact lock, SELECT ... FOR UPDATE, INSERT) and a transaction-local setting, many times over."""
    failures: list[BaseException] = []

    def client():
        try:
            for _ in range(TRANSACTIONS_PER_CLIENT):
                key = str(uuid.uuid4())
                with Session(engine) as session, session.begin():
                    store = IdempotencyStore(session)
                    assert store.replay(key, "pgbouncer_check", "hash") is None
                    store.save(key, "pgbouncer_check", "hash", {"key": key})
                    session.execute(sa.select(sa.func.set_config("statement_timeout", "5s", True)))
                with Session(engine) as session, session.begin():
                    assert IdempotencyStore(session).replay(key, "pgbouncer_check", "hash") == {"key": key}
                    # transaction-local: the next transaction, on whichever session, sees the default
                    assert session.execute(sa.text("SHOW statement_timeout")).scalar_one() == "0"
        except Exception as error:  # noqa: BLE001 - reported by the test with every other thread's
            failures.append(error)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return failures


def main(url: str) -> None:
    # the kit's engine as a service builds it (DB_PREPARE_THRESHOLD from the environment): one pool of CLIENTS
    engine = database.create_engine(url, PoolSettings(size=CLIENTS, overflow=0, timeout_s=30))
    try:
        failures = run_workload(engine)
    finally:
        engine.dispose()
    print(json.dumps([repr(error) for error in failures]))


if __name__ == "__main__":
    main(sys.argv[1])
