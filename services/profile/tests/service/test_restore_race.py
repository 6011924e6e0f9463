"""Two restores racing for the same card number: the loser gets the 409 CardNumberTaken, never a 500."""

import threading
import time
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from clientcard_profile.exceptions import CardNumberTaken
from clientcard_profile.use_cases import archive, clients

NOW = datetime.now(UTC)


def _archived_holder(db, number: str) -> dict:
    client = db.client(card_number=number)
    return archive.archive_client(db.uow(), client["id"], now=NOW)


def _wait_for_lock_waiter(db, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    sql = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
    while db.scalar(sql) == 0:
        assert time.monotonic() < deadline, "the second restore never waited on the first"
        time.sleep(0.05)


def test_a_restore_that_loses_the_race_for_the_card_number_is_card_number_taken(db):
    number = f"race-{uuid.uuid4().hex[:10]}"
    first, second = _archived_holder(db, number), _archived_holder(db, number)
    outcome = {}

    def restore_second():
        try:
            outcome["result"] = archive.restore_client(db.uow(), second["id"], now=NOW)
        except Exception as error:  # noqa: BLE001 - the test inspects whatever came out
            outcome["error"] = error

    with db.engine.connect() as racing:  # the first restore has passed its checks but not committed yet
        racing.execute(sa.text("UPDATE clients SET status = 'active', archived_at = NULL WHERE id = :id"), {"id": first["id"]})
        worker = threading.Thread(target=restore_second)
        worker.start()
        _wait_for_lock_waiter(db)  # the second one saw the number free and now waits on the unique index
        racing.commit()
    worker.join(timeout=10)

    assert isinstance(outcome.get("error"), CardNumberTaken), outcome
    assert outcome["error"].errors == {"card_number": ["already in use"]}
    assert clients.get_client(db.uow(), second["id"])["status"] == "archived"
