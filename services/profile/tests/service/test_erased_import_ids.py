"""An erasure leaves nothing of the old system's import behind: ids only as keyed hashes, no imported
texts; a rerun of the old files leaves the client erased instead of importing them again."""

import base64
import uuid
from datetime import UTC, datetime

from clientcard_profile.use_cases import erasure, imports

from .history_support import ERASED_IDS, STAFF

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _run(db, text: str, kind: str = "clients") -> dict:
    content = base64.b64encode(text.encode()).decode()
    job = imports.start_import(db.uow(), content, filename="book.csv", dry_run=False, context=STAFF, kind=kind)
    while imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS):
        pass
    return imports.get_import(db.uow(), job["id"])


def test_an_erased_clients_import_ids_and_texts_go_and_a_rerun_leaves_them_erased(db):
    tag = uuid.uuid4().hex[:8]
    book = f"first_name,email,external_id,notes,alert\nAnn,ann-{tag}@example.com,A-{tag},likes tea {tag},latex {tag}\n"
    history = (
        "client_external_id,starts_at,service,external_id\n"
        f"A-{tag},2024-01-10T10:00:00+00:00,Cut,VISIT-{tag}\n"
        f"A-{tag},2024-02-10T10:00:00+00:00,Colour,\n"
    )
    assert _run(db, book)["counts"]["created"] == 1
    assert _run(db, history, kind="visits")["counts"]["created"] == 2
    client_id = db.scalar("SELECT id FROM clients WHERE email = :email", email=f"ann-{tag}@example.com")

    erasure.erase_client(
        db.uow(), str(client_id), {"reason": "asked"}, context=STAFF, now=NOW, retention_years=0, erased_ids=ERASED_IDS
    )

    identities = db.scalar(
        "SELECT json_agg(json_build_object('id', external_id, 'parts', parts)) FROM import_identities WHERE client_id = :id",
        id=client_id,
    )
    assert identities == [{"id": ERASED_IDS.of(f"A-{tag}"), "parts": {}}]
    visit_ids = db.scalar("SELECT array_agg(external_id ORDER BY starts_at) FROM visits WHERE client_id = :id", id=client_id)
    assert visit_ids == [ERASED_IDS.of(f"VISIT-{tag}"), ERASED_IDS.of(f"import:A-{tag}:2024-02-10T10:00:00+00:00")]
    leftovers = db.scalar(
        "SELECT count(*) FROM import_identities WHERE external_id LIKE :tag OR parts::text LIKE :tag", tag=f"%{tag}%"
    )
    assert leftovers == 0

    again = _run(db, book)
    history_again = _run(db, history, kind="visits")

    assert again["counts"]["created"] == 0 and again["counts"]["updated"] == 0
    assert [(p["row"], p["field"], p["kind"]) for p in again["report"]] == [(2, "external_id", "skipped")]
    assert "erased" in again["report"][0]["message"]
    assert db.scalar("SELECT count(*) FROM clients WHERE email = :email", email=f"ann-{tag}@example.com") == 0
    assert history_again["counts"]["created"] == 0
    assert {(p["field"], p["kind"]) for p in history_again["report"]} == {("client_external_id", "skipped")}
    assert db.scalar("SELECT count(*) FROM visits WHERE client_id = :id", id=client_id) == 2


def test_another_key_does_not_recognise_the_erased_id():
    from clientcard_profile.domain.erased_ids import ErasedIds

    assert ErasedIds("one").of("A-1") != ErasedIds("other").of("A-1")
    assert ErasedIds("one").of("A-1") == ErasedIds("one").of("A-1") and "A-1" not in ErasedIds("one").of("A-1")
