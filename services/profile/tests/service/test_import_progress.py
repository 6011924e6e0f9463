"""An import's progress: rows validated so far show while validation's transaction is still open, then posting."""

import base64
from datetime import UTC, datetime

from clientcard_profile.use_cases import import_progress, imports

from .history_support import ERASED_IDS, STAFF

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _start(db, rows: int, *, dry_run: bool) -> str:
    content = "first_name,last_name\n" + "".join(f"P{i},Progress\n" for i in range(rows))
    job = imports.start_import(
        db.uow(), base64.b64encode(content.encode()).decode(), filename="p.csv", dry_run=dry_run, context=STAFF
    )
    assert job["progress"]["phase"] == "queued" and job["progress"]["total"] == rows
    return job["id"]


def _step(db, import_id: str, **options) -> None:
    """One step of the import (earlier tests leave none queued: every test runs its imports to the end)."""
    assert imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS, **options) == import_id


def test_readers_see_the_rows_validated_so_far_while_validation_still_holds_the_job(db, monkeypatch):
    rows = 1200
    seen = []

    class Watched(import_progress.ValidationProgress):
        def _write(self, done):
            super()._write(done)
            # another reader, while the validating transaction has committed nothing yet
            seen.append(imports.get_import(db.uow(), str(self._import_id)))

    monkeypatch.setattr(imports, "ValidationProgress", Watched)
    import_id = _start(db, rows, dry_run=True)

    _step(db, import_id, progress_every_s=0)

    assert {job["status"] for job in seen} == {"queued"}  # nothing of the validation was committed yet
    progress = [job["progress"] for job in seen]
    assert {p["phase"] for p in progress} == {"validating"} and {p["total"] for p in progress} == {rows}
    done = [p["done"] for p in progress]
    assert done == sorted(done) and done[0] == 0 and done[-1] == rows
    assert any(0 < d < rows for d in done)
    finished = imports.get_import(db.uow(), import_id)
    assert finished["status"] == "completed" and finished["progress"]["phase"] == "completed"


def test_progress_is_written_at_most_every_interval(db, monkeypatch):
    writes, ticks = [], iter([0.0, 0.1, 0.2, 0.6, 0.7, 1.3])
    monkeypatch.setattr(import_progress.ValidationProgress, "_write", lambda self, done: writes.append(done))
    progress = import_progress.ValidationProgress(db.engine, None, 100, every_s=0.5, clock=lambda: next(ticks))

    progress.start()  # at 0.0
    for done in (10, 20, 30, 40, 50):  # at 0.1, 0.2 (too soon), 0.6 (written), 0.7 (too soon), 1.3 (written)
        progress.advance(done)

    assert writes == [0, 30, 50]


def test_a_real_import_posts_with_its_progress_in_rows_of_the_plan(db):
    rows = 2500  # two chunks
    import_id = _start(db, rows, dry_run=False)

    _step(db, import_id)
    validated = imports.get_import(db.uow(), import_id)["progress"]
    _step(db, import_id)
    halfway = imports.get_import(db.uow(), import_id)["progress"]
    _step(db, import_id)
    done = imports.get_import(db.uow(), import_id)["progress"]

    assert (validated["phase"], validated["done"], validated["total"]) == ("posting", 0, rows)
    assert (halfway["phase"], halfway["done"], halfway["total"]) == ("posting", 2000, rows)
    assert (done["phase"], done["done"], done["total"]) == ("completed", rows, rows)
