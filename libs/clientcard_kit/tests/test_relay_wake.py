"""The relay wakes when a unit of work of its process commits outbox rows, not at its next poll."""

import time

import eventlet
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit import outbox
from clientcard_kit.relay import relay_timer
from clientcard_kit.tables import metadata, outbox_events
from clientcard_kit.testing import infra
from clientcard_kit.uow import SqlAlchemyUnitOfWork

POLL_S = 30  # far longer than any wait below: a tick within the deadline can only be the wake-up


@pytest.fixture(scope="module")
def engine(postgres_admin_url):
    name = f"kit_relay_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url)
    metadata.create_all(engine)
    yield engine
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


def _ticks_after(ticks: list, count: int, deadline_s: float = 5) -> bool:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if len(ticks) >= count:
            return True
        eventlet.sleep(0.01)
    return False


def test_a_commit_with_events_wakes_the_relay_at_once(container_factory, test_amqp_uri, engine):
    ticks = []

    class Relaying:
        name = "kit_relaying"

        @relay_timer(interval=POLL_S)
        def relay(self):
            ticks.append(time.monotonic())

    container_factory(Relaying, {"AMQP_URI": test_amqp_uri}).start()
    assert _ticks_after(ticks, 1)  # the first tick runs at start

    uow = SqlAlchemyUnitOfWork(sessionmaker(engine), engine)
    with uow:
        uow.outbox.add("thing_changed", {"thing_id": "t1"})
        uow.commit()

    assert _ticks_after(ticks, 2)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(outbox_events)).scalar_one() >= 1


def test_a_commit_without_events_does_not_signal(engine):
    before = outbox.committed.current()
    uow = SqlAlchemyUnitOfWork(sessionmaker(engine), engine)
    with uow:
        uow.commit()
    assert outbox.committed.current() is before and not before.ready()

    with uow:
        uow.outbox.add("thing_changed", {"thing_id": "t2"})
        uow.commit()
    assert before.ready() and outbox.committed.current() is not before


def test_a_rolled_back_unit_of_work_does_not_signal(engine):
    before = outbox.committed.current()
    uow = SqlAlchemyUnitOfWork(sessionmaker(engine), engine)
    with uow:
        uow.outbox.add("thing_changed", {"thing_id": "t3"})
    assert not before.ready()
