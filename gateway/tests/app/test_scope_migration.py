"""Migration 0002 on a database of its own: keys that could read medical files keep that right."""

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from clientcard_kit.testing import infra

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


@pytest.fixture
def database_at_0001(postgres_admin_url):
    name = f"gateway_migration_test_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(ALEMBIC_INI.parent / "migrations"))
    config.attributes["database_url"] = url
    command.upgrade(config, "0001")
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    yield engine, lambda: command.upgrade(config, "0002")
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


def test_keys_with_clinical_notes_and_file_reading_gain_medical_files(database_at_0001):
    engine, upgrade = database_at_0001
    before = {
        "clinician": ["notes:clinical", "files:read"],
        "notes only": ["notes:clinical"],
        "files only": ["files:read"],
        "wildcard": ["*"],
        "admin": ["admin", "notes:clinical", "files:read"],
    }
    with engine.begin() as conn:
        for name, scopes in before.items():
            conn.execute(
                sa.text("INSERT INTO api_keys (id, name, prefix, secret_hash, scopes) VALUES (:id, :name, 'p', :hash, :scopes)"),
                {"id": uuid.uuid4(), "name": name, "hash": uuid.uuid4().hex, "scopes": scopes},
            )

    upgrade()

    with engine.connect() as conn:
        after = dict(conn.execute(sa.text("SELECT name, scopes FROM api_keys")).all())
    assert after == {
        "clinician": ["notes:clinical", "files:read", "files:medical"],
        "notes only": ["notes:clinical"],
        "files only": ["files:read"],
        "wildcard": ["*"],
        "admin": ["admin", "notes:clinical", "files:read", "files:medical"],
    }
