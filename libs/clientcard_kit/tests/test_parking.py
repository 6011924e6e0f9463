"""A failed event is retried with a growing pause up to its limit, then dead-lettered with its last
error; the timer leaves dead events alone, a replay runs them (and retrying ones) again."""

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from clientcard_kit import parking
from clientcard_kit.settings import parked_event_retries
from clientcard_kit.tables import metadata, parked_events
from clientcard_kit.testing import infra


@pytest.fixture(scope="module")
def engine(postgres_admin_url):
    name = f"kit_parking_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url)
    metadata.create_all(engine)
    yield engine
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


class Flaky:
    """A service whose handler fails while `failures` lasts, as a handler whose cause is later fixed."""

    def __init__(self, engine, failures: int, retries: int):
        self.uow = SimpleNamespace(engine=engine)
        self.parked_event_retries = retries
        self.failures = failures
        self.handled: list[str] = []

    @parking.park_on_failure
    def handle_thing_happened(self, payload):
        if self.failures > 0:
            self.failures -= 1
            raise ValueError(f"not yet: {payload['marker']}")
        self.handled.append(payload["marker"])


def _row(engine, marker):
    with engine.connect() as conn:
        return (
            conn.execute(sa.select(parked_events).where(parked_events.c.payload["marker"].astext == marker))
            .mappings()
            .one_or_none()
        )


def _listed(engine, marker):
    return next(e for e in parking.list_parked(engine, limit=10_000) if e["payload"]["marker"] == marker)


def _retry_when_due(engine, service, marker, now):
    """Run the timer's retry at the moment the event falls due; returns that moment."""
    now = max(now, _row(engine, marker)["next_attempt_at"])
    parking.retry_due(engine, service, retries=service.parked_event_retries, now=now)
    return now


def test_the_pause_doubles_and_is_capped():
    assert [parking.backoff(n).total_seconds() for n in (1, 2, 3)] == [2, 4, 8]
    assert parking.backoff(30) == parking.MAX_BACKOFF


def test_a_failing_event_is_retried_up_to_its_limit_then_dead_with_its_last_error(engine):
    marker = "limit"
    service = Flaky(engine, failures=100, retries=3)
    service.handle_thing_happened({"marker": marker})
    assert _listed(engine, marker)["status"] == "retrying"

    now = datetime.now(UTC)
    pauses = []
    for expected_attempts in (2, 3):
        before = _row(engine, marker)["next_attempt_at"]
        now = _retry_when_due(engine, service, marker, now)
        row = _row(engine, marker)
        assert (row["attempts"], row["dead_at"]) == (expected_attempts, None)
        pauses.append(row["next_attempt_at"] - now)
        assert row["next_attempt_at"] > before
    assert pauses == [parking.backoff(2), parking.backoff(3)]

    now = _retry_when_due(engine, service, marker, now)  # the third retry fails: the limit is reached
    dead = _listed(engine, marker)
    assert (dead["status"], dead["attempts"], dead["next_attempt_at"]) == ("dead", 4, None)
    assert dead["error"] == "ValueError: not yet: limit" and dead["dead_at"]

    # the timer never runs a dead event again, however late it gets
    parking.retry_due(engine, service, retries=3, now=now + timedelta(days=30))
    assert _row(engine, marker)["attempts"] == 4 and service.failures == 100 - 4


def test_a_replay_runs_dead_and_retrying_events_alike(engine):
    service = Flaky(engine, failures=2, retries=0)
    service.handle_thing_happened({"marker": "dead-then-fixed"})  # no retries allowed: dead at once
    service.parked_event_retries = 5
    service.handle_thing_happened({"marker": "retrying-then-fixed"})
    assert [_listed(engine, m)["status"] for m in ("dead-then-fixed", "retrying-then-fixed")] == ["dead", "retrying"]

    assert parking.retry_due(engine, service, retries=5, replay_all=True) >= 2

    assert _row(engine, "dead-then-fixed") is None and _row(engine, "retrying-then-fixed") is None
    assert {"dead-then-fixed", "retrying-then-fixed"} <= set(service.handled)


def test_a_replayed_dead_event_that_fails_again_stays_dead_with_the_new_error(engine):
    service = Flaky(engine, failures=2, retries=0)
    service.handle_thing_happened({"marker": "still-broken"})
    service.failures = 1
    parking.retry_due(engine, service, retries=0, replay_all=True)
    row = _listed(engine, "still-broken")
    assert (row["status"], row["attempts"]) == ("dead", 2)
    assert parking.count_dead(engine) >= 1 and parking.count_parked(engine) >= parking.count_dead(engine)


def test_the_retry_limit_is_a_setting():
    assert parked_event_retries({}) == 8
    assert parked_event_retries({"PARKED_EVENT_RETRIES": "2"}) == 2
    assert parked_event_retries({"PARKED_EVENT_RETRIES": "0"}) == 0
    with pytest.raises(ValueError):
        parked_event_retries({"PARKED_EVENT_RETRIES": "-1"})
    with pytest.raises(ValueError):
        parked_event_retries({"PARKED_EVENT_RETRIES": "many"})
