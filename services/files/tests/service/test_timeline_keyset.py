"""The files timeline reads one page of a client's history, however long: it does not read through the
signed consents' PDFs (shown as consents) nor, without `files:medical`, through the medical files."""

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.use_cases import timeline
from clientcard_kit.testing.query_plans import rows_read

HISTORY = 3000  # files: a photo, a medical file and a signed consent's PDF, in turn
LIMIT = 51

SEED = """
INSERT INTO stored_files (id, client_id, kind, filename, content_type, size, sha256, object_key, created_at)
SELECT gen_random_uuid(), :client, (ARRAY['photo', 'medical', 'signed_consent'])[g % 3 + 1], 'f' || g, 'image/jpeg', 1,
       repeat('0', 64), 'timeline-test/' || gen_random_uuid(), now() - g * interval '1 hour'
FROM generate_series(1, :n) g
"""


@pytest.fixture(scope="module")
def engine(files_database_url):
    engine = sa.create_engine(files_database_url)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("include_medical", [True, False])
def test_a_page_deep_in_a_long_history_reads_one_page_of_files(engine, include_medical):
    client = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(sa.text(SEED), {"client": client, "n": HISTORY})
        conn.execute(sa.text("ANALYZE stored_files"))
        deep = conn.execute(
            sa.text(
                "SELECT created_at, id FROM stored_files WHERE client_id = :c "
                "ORDER BY created_at DESC, id DESC OFFSET :half LIMIT 1"
            ),
            {"c": client, "half": HISTORY // 2},
        ).one()
    before = [deep.created_at.isoformat(), str(deep.id)]

    def page(kinds=None):
        uow = FilesUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
        return timeline.timeline_page(uow, str(client), kinds, before, None, None, LIMIT, include_medical=include_medical)

    shown = {item["data"]["kind"] for item in page(["file"])}
    read = rows_read(engine, page)

    assert shown == ({"photo", "medical"} if include_medical else {"photo"})
    assert 0 < read["stored_files"] <= LIMIT + 1, read  # not the files it does not show
