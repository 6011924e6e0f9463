"""Database faults on real PostgreSQL: a terminated connection runs the call again on a fresh one before
any commit, an exhausted pool or a refused connection is a 503 carried over RPC, parameters stay hidden."""

import inspect
import json
import logging

import pytest
import sqlalchemy as sa
from nameko.exceptions import RemoteError
from nameko.standalone.rpc import ServiceRpcProxy
from sqlalchemy.orm import sessionmaker

from clientcard_kit import database
from clientcard_kit.entrypoints import rpc
from clientcard_kit.errors import NotFound, ServiceUnavailable
from clientcard_kit.providers import UnitOfWorkProvider
from clientcard_kit.settings import PoolSettings
from clientcard_kit.tables import metadata
from clientcard_kit.testing import infra
from clientcard_kit.uow import SqlAlchemyUnitOfWork

SECRET = "jane.doe@example.com"


@pytest.fixture(scope="module")
def database_url(postgres_admin_url):
    name = f"kit_faults_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL UNIQUE)"))
    yield url
    infra.drop_database(postgres_admin_url, name)


@pytest.fixture
def admin(database_url):
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def terminate(admin, pid: int) -> None:
    with admin.connect() as conn:
        conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


def notes(admin, body: str) -> int:
    with admin.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM notes WHERE body = :b"), {"b": body}).scalar_one()


class Writer:
    """Stands for a service: one `uow`, and calls that may lose their connection on the way."""

    def __init__(self, url: str, admin, pool: PoolSettings = PoolSettings()):
        self.engine = database.create_engine(url, pool)
        self.uow = SqlAlchemyUnitOfWork(sessionmaker(self.engine), self.engine)
        self.admin = admin
        self.attempts = 0

    @database.answer_database_faults
    def add_note(self, body: str, *, kill_before_commit: int = 0, kill_after_first_commit: bool = False) -> None:
        self.attempts += 1
        with self.uow:
            self.uow.session.execute(sa.text("INSERT INTO notes (body) VALUES (:b)"), {"b": body})
            if self.attempts <= kill_before_commit:
                terminate(self.admin, self.uow.session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())
            self.uow.commit()
        if kill_after_first_commit:
            with self.uow:
                terminate(self.admin, self.uow.session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())
                self.uow.session.execute(sa.text("SELECT 1"))


def test_pool_sizes_come_from_the_environment_and_bad_ones_are_refused_by_name():
    assert PoolSettings.from_env({}) == PoolSettings(size=3, overflow=2, timeout_s=5.0)
    pool = PoolSettings.from_env({"DB_POOL_SIZE": "7", "DB_MAX_OVERFLOW": "0", "DB_POOL_TIMEOUT_S": "1.5"})
    assert (pool.size, pool.overflow, pool.timeout_s, pool.most) == (7, 0, 1.5, 7)
    with pytest.raises(ValueError, match="DB_POOL_SIZE"):
        PoolSettings.from_env({"DB_POOL_SIZE": "ten"})
    with pytest.raises(ValueError, match="at least 1"):
        PoolSettings.from_env({"DB_POOL_SIZE": "0"})


def test_an_engine_is_sized_by_its_pool_settings(database_url):
    engine = database.create_engine(database_url, PoolSettings(size=2, overflow=1, timeout_s=0.7))
    assert (engine.pool.size(), engine.pool._max_overflow, engine.pool._timeout) == (2, 1, 0.7)
    assert engine.hide_parameters
    engine.dispose()


def test_a_connection_terminated_mid_transaction_runs_the_call_once_more_on_a_fresh_one(database_url, admin):
    writer = Writer(database_url, admin)
    writer.add_note("retried", kill_before_commit=1)
    assert writer.attempts == 2
    assert notes(admin, "retried") == 1


def test_a_second_lost_connection_answers_503_and_changes_nothing(database_url, admin):
    writer = Writer(database_url, admin)
    with pytest.raises(ServiceUnavailable) as raised:
        writer.add_note("lost twice", kill_before_commit=2)
    assert writer.attempts == 2
    assert notes(admin, "lost twice") == 0
    assert raised.value.problem()["status"] == 503 and raised.value.problem()["retry_after"] >= 1
    assert "nothing was changed" in raised.value.detail


def test_a_call_that_committed_is_never_run_again(database_url, admin):
    writer = Writer(database_url, admin)
    with pytest.raises(ServiceUnavailable) as raised:
        writer.add_note("committed once", kill_after_first_commit=True)
    assert writer.attempts == 1
    assert "Idempotency-Key" in raised.value.detail and "nothing was changed" not in raised.value.detail
    assert notes(admin, "committed once") == 1


def test_an_exhausted_pool_answers_503_with_a_retry_after(database_url, admin):
    writer = Writer(database_url, admin, PoolSettings(size=1, overflow=0, timeout_s=0.3))
    # the pool's only connection, held elsewhere
    with writer.engine.connect(), pytest.raises(ServiceUnavailable) as raised:
        writer.add_note("waited")
    assert raised.value.retry_after_s >= 1
    assert notes(admin, "waited") == 0


def test_a_refused_connection_answers_503(admin):
    writer = Writer(
        f"postgresql+psycopg://postgres@127.0.0.1:{infra.free_port()}/none", admin, PoolSettings(size=1, overflow=0, timeout_s=1)
    )
    with pytest.raises(ServiceUnavailable):
        writer.add_note("refused")


def test_other_errors_pass_unchanged(database_url, admin):
    writer = Writer(database_url, admin)
    writer.add_note("twice")
    with pytest.raises(sa.exc.IntegrityError):
        writer.add_note("twice")
    assert writer.attempts == 2  # a constraint is an answer, not a lost connection: no third attempt


def test_the_wrapper_keeps_the_signature_nameko_checks_and_redacts_by():
    def method(self, client_id, *, amount=1):
        """Doc."""

    wrapped = database.answer_database_faults(method)
    assert inspect.getcallargs(wrapped, None, "c1") == {"self": None, "client_id": "c1", "amount": 1}
    with pytest.raises(TypeError):
        inspect.getcallargs(wrapped, None, "c1", "extra")
    assert wrapped.__doc__ == "Doc."


def test_statements_parameters_never_reach_errors_or_logs(database_url, caplog):
    engine = database.create_engine(database_url)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # what `echo=True` would print
    try:
        # a failure whose server message does not quote the value: what is left to leak is SQLAlchemy's
        with engine.connect() as conn, pytest.raises(sa.exc.DataError) as raised:
            conn.execute(sa.text("SELECT CAST(:value AS text), 1 / 0"), {"value": SECRET})
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        engine.dispose()
    assert "SELECT CAST" in caplog.text and "SELECT CAST" in str(raised.value)  # the detector sees statements
    assert SECRET not in str(raised.value) and SECRET not in caplog.text


def test_an_rpc_whose_database_cannot_serve_is_a_503_problem_over_rpc(container_factory, test_amqp_uri, admin):
    class Unit(SqlAlchemyUnitOfWork):
        pass

    class Faulty:
        name = "kit_faulty"
        uow = UnitOfWorkProvider(
            Unit,
            url=lambda: f"postgresql+psycopg://postgres@127.0.0.1:{infra.free_port()}/x",
            pool=lambda: PoolSettings(size=1, overflow=0, timeout_s=1),
        )

        @rpc
        def count(self, kind: str) -> int:
            if kind == "missing":
                raise NotFound("no such kind")
            with self.uow:
                return self.uow.session.execute(sa.text("SELECT 1")).scalar_one()

    container_factory(Faulty, {"AMQP_URI": test_amqp_uri}).start()
    with ServiceRpcProxy("kit_faulty", {"AMQP_URI": test_amqp_uri}) as proxy:
        with pytest.raises(RemoteError) as raised:
            proxy.count("notes")
        assert raised.value.exc_type == "ServiceUnavailable"
        problem = json.loads(raised.value.value)
        assert problem["status"] == 503 and problem["retry_after"] >= 1
        assert "OperationalError" not in problem["detail"]
        with pytest.raises(RemoteError) as raised:
            proxy.count("missing")
        assert raised.value.exc_type == "NotFound"
