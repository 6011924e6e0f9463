"""A merge moves the duplicate's rows to the survivor once; its undo moves back exactly those rows."""

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import sessionmaker

from clientcard_kit import merges, tables
from clientcard_kit.testing import infra
from clientcard_kit.uow import SqlAlchemyUnitOfWork

service_metadata = sa.MetaData()
things = sa.Table(
    "things",
    service_metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("client_id", UUID(as_uuid=True), nullable=False),
)
merge_moves = merges.merge_moves_table(service_metadata, row_key="thing_id")


@pytest.fixture(scope="module")
def engine(postgres_admin_url):
    name = f"kit_merges_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url)
    tables.metadata.create_all(engine)
    service_metadata.create_all(engine)
    yield engine
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


@pytest.fixture
def uow(engine):
    return SqlAlchemyUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)


def _add_things(engine, client_id: uuid.UUID, count: int) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(count)]
    with engine.begin() as conn:
        conn.execute(sa.insert(things), [{"id": thing, "client_id": client_id} for thing in ids])
    return ids


def _owned_by(engine, client_id: uuid.UUID) -> set[uuid.UUID]:
    with engine.connect() as conn:
        return set(conn.execute(sa.select(things.c.id).where(things.c.client_id == client_id)).scalars())


def _announcements(engine, merge_id: uuid.UUID) -> list[bool]:
    with engine.connect() as conn:
        payloads = conn.execute(
            sa.select(tables.outbox_events.c.payload)
            .where(tables.outbox_events.c.event_type == "client_data_moved")
            .order_by(tables.outbox_events.c.id)
        ).scalars()
        return [payload["undone"] for payload in payloads if payload["merge_id"] == str(merge_id)]


def _event(merge_id, source, survivor) -> dict:
    return {"event_id": str(uuid.uuid4()), "merge_id": str(merge_id), "source_id": str(source), "client_id": str(survivor)}


def test_the_table_is_keyed_by_merge_and_moved_row():
    assert [column.name for column in merge_moves.primary_key] == ["merge_id", "thing_id"]
    assert {column.name for column in merge_moves.columns} == {"merge_id", "thing_id", "from_client_id", "to_client_id"}
    assert merge_moves.name == "merge_moves" and merge_moves.metadata is service_metadata


def test_a_merge_moves_once_and_its_undo_moves_back_only_what_it_moved(engine, uow):
    source, survivor, merge_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    moving = set(_add_things(engine, source, 3))
    own = set(_add_things(engine, survivor, 1))

    merged = _event(merge_id, source, survivor)
    assert merges.apply_merge(uow, merged, rows=things, moves=merge_moves, row_key="thing_id") == 3
    assert merges.apply_merge(uow, merged, rows=things, moves=merge_moves, row_key="thing_id") == 0  # a redelivery
    assert _owned_by(engine, survivor) == moving | own and _owned_by(engine, source) == set()

    arrived_since = set(_add_things(engine, survivor, 1))
    undone = _event(merge_id, source, survivor)
    assert merges.undo_merge(uow, undone, rows=things, moves=merge_moves, row_key="thing_id") == 3
    assert merges.undo_merge(uow, undone, rows=things, moves=merge_moves, row_key="thing_id") == 0

    assert _owned_by(engine, source) == moving
    assert _owned_by(engine, survivor) == own | arrived_since
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(merge_moves)).scalar_one() == 0
    assert _announcements(engine, merge_id) == [False, True]


def test_a_service_moving_rows_of_several_tables_keys_its_moves_by_table_too():
    table = merges.merge_moves_table(sa.MetaData(), "row_id", per_table=True, row_type=sa.String(64))

    assert [column.name for column in table.primary_key] == ["merge_id", "table_name", "row_id"]
    assert isinstance(table.c.row_id.type, sa.String) and table.c.row_id.type.length == 64
    assert not table.c.from_client_id.nullable and not table.c.to_client_id.nullable
