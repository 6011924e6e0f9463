"""Profile's timeline reads one page of a client's history, however long: a caller without
`notes:clinical` does not read through the client's clinical notes to find the others."""

import uuid

import sqlalchemy as sa

from clientcard_kit.providers import CallContext
from clientcard_kit.testing.query_plans import rows_read
from clientcard_profile.use_cases import timeline

HISTORY = 3000  # clinical notes, and as many visits
LIMIT = 51
FRONT_DESK = CallContext("req-1", "key-1", "Front desk", scopes=frozenset({"clients:read"}))

SEED = """
INSERT INTO notes (id, client_id, kind, body, created_at)
SELECT gen_random_uuid(), :client, CASE WHEN g % 100 = 0 THEN 'general' ELSE 'clinical' END, 'note ' || g,
       now() - g * interval '1 hour'
FROM generate_series(1, :n) g;
INSERT INTO visits (id, client_id, starts_at, status)
SELECT gen_random_uuid(), :client, now() - g * interval '1 hour' - interval '1 minute', 'completed'
FROM generate_series(1, :n) g;
ANALYZE notes;
ANALYZE visits
"""


def test_a_page_without_clinical_notes_reads_one_page_of_each_kind(db):
    client_id = db.client()["id"]
    with db.engine.begin() as conn:
        for statement in SEED.split(";"):
            conn.execute(sa.text(statement), {"client": uuid.UUID(client_id), "n": HISTORY})
        deep = conn.execute(
            sa.text("SELECT starts_at FROM visits WHERE client_id = :c ORDER BY starts_at DESC OFFSET :half LIMIT 1"),
            {"c": uuid.UUID(client_id), "half": HISTORY // 2},
        ).scalar_one()
    before = [deep.isoformat(), str(uuid.UUID(int=0))]

    read = rows_read(db.engine, lambda: timeline.timeline_page(db.uow(), client_id, None, before, None, None, LIMIT, FRONT_DESK))
    notes = timeline.timeline_page(db.uow(), client_id, ["note"], before, None, None, LIMIT, FRONT_DESK)

    assert len(notes) == HISTORY // 2 // 100 and {n["summary"].split(":")[0] for n in notes} == {"General note"}
    assert 0 < read["notes"] <= LIMIT + 1 and 0 < read["visits"] <= LIMIT + 1, read  # not HISTORY
