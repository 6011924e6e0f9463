"""Importing clients from CSV and XLSX: validated like the API, duplicates reported, per-row report."""

import base64
import io
import uuid
from datetime import UTC, datetime

import pytest
from openpyxl import Workbook

from clientcard_profile.exceptions import ImportFileInvalid, ImportFileTooLarge
from clientcard_profile.use_cases import imports

from .history_support import ERASED_IDS, STAFF

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _run(db, content: str, *, dry_run=False, filename="clients.csv") -> dict:
    job = imports.start_import(db.uow(), content, filename=filename, dry_run=dry_run, context=STAFF)
    assert job["status"] == "queued"
    while imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS):
        pass
    return imports.get_import(db.uow(), job["id"])


def test_rows_with_errors_are_skipped_and_reported_and_the_rest_are_created(db):
    tag = uuid.uuid4().hex[:8]
    existing = db.client(email=f"taken-{tag}@example.com")
    csv_text = (
        "First name,Surname,E-mail,Mobile,DOB\n"
        f"Ann,Lee,ann-{tag}@example.com,07700 901{tag[:3].translate(str.maketrans('abcdef', '123456'))},1990-01-02\n"
        f",NoFirst,nofirst-{tag}@example.com,,\n"
        f"Bad,Email,not-an-email,,\n"
        f"Taken,Email,TAKEN-{tag}@example.com,,\n"
        f"Twice,Row,ann-{tag}@example.com,,\n"
        "\n"
        f"Bob,Stone,bob-{tag}@example.com,,31/12/1985\n"
    )

    result = _run(db, _b64(csv_text))

    assert result["status"] == "completed"
    assert result["counts"] == {"rows": 7, "created": 2, "updated": 0, "conflicts": 0, "skipped": 5, "duplicates": 2, "errors": 2}
    problems = {(p["row"], p["field"], p["kind"]) for p in result["report"]}
    assert (3, "first_name", "error") in problems
    assert (4, "email", "error") in problems
    assert (5, "email", "duplicate") in problems
    assert (6, "email", "duplicate") in problems
    assert (7, "_row", "skipped") in problems
    assert db.scalar("SELECT count(*) FROM clients WHERE email LIKE :p", p=f"%-{tag}@example.com") == 3
    assert db.scalar("SELECT date_of_birth::text FROM clients WHERE email = :e", e=f"bob-{tag}@example.com") == "1985-12-31"
    created_ids = {str(x) for x in [db.scalar("SELECT id FROM clients WHERE email = :e", e=f"ann-{tag}@example.com")]}
    assert created_ids <= {e["client_id"] for e in db.events("client_created")}
    assert existing["email"] == f"taken-{tag}@example.com"


def test_a_dry_run_reports_the_same_and_creates_nothing(db):
    tag = uuid.uuid4().hex[:8]
    csv_text = f"first_name,email\nAnn,dry-{tag}@example.com\nBad,nope\n"

    result = _run(db, _b64(csv_text), dry_run=True)

    assert result["dry_run"] is True
    assert result["counts"]["created"] == 1 and result["counts"]["errors"] == 1
    assert db.scalar("SELECT count(*) FROM clients WHERE email = :e", e=f"dry-{tag}@example.com") == 0


def test_an_xlsx_file_is_imported_by_header_name(db):
    tag = uuid.uuid4().hex[:8]
    workbook = Workbook()
    workbook.active.append(["Email", "Name", "Phone"])
    workbook.active.append([f"xl-{tag}@example.com", "Xavier", None])
    buffer = io.BytesIO()
    workbook.save(buffer)

    job = imports.start_import(
        db.uow(), base64.b64encode(buffer.getvalue()).decode(), filename="c.xlsx", dry_run=False, context=STAFF
    )
    while imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS):
        pass

    assert imports.get_import(db.uow(), job["id"])["counts"]["created"] == 1
    assert db.scalar("SELECT first_name FROM clients WHERE email = :e", e=f"xl-{tag}@example.com") == "Xavier"


def test_every_created_client_is_audited_as_imported(db):
    tag = uuid.uuid4().hex[:8]
    result = _run(db, _b64(f"first_name,email\nAudrey,audit-{tag}@example.com\n"))
    client_id = db.scalar("SELECT id FROM clients WHERE email = :e", e=f"audit-{tag}@example.com")
    action = db.scalar("SELECT action FROM client_audit WHERE client_id = :c", c=client_id)
    assert action == "imported"
    assert result["counts"]["created"] == 1


@pytest.mark.parametrize(
    "content",
    [
        _b64(""),
        _b64("email,phone\nann@example.com,0770\n"),  # no first-name column
        _b64('first_name,last_name\n"Ann,Lee\n'),  # an unterminated quote
        base64.b64encode(b"first_name\n\x00\x00binary").decode(),
        "this is not base64!",
    ],
)
def test_a_malformed_file_is_refused_and_nothing_is_queued(db, content):
    before = db.scalar("SELECT count(*) FROM client_imports")
    with pytest.raises(ImportFileInvalid):
        imports.start_import(db.uow(), content, filename="c.csv", dry_run=False, context=STAFF)
    assert db.scalar("SELECT count(*) FROM client_imports") == before


def test_a_file_over_the_limit_is_refused(db):
    big = base64.b64encode(b"first_name\n" + b"a\n" * (imports.MAX_IMPORT_BYTES // 2 + 1)).decode()
    with pytest.raises(ImportFileTooLarge):
        imports.start_import(db.uow(), big, filename="c.csv", dry_run=False, context=STAFF)


def test_an_import_that_breaks_is_marked_failed_with_nothing_created_instead_of_retried_forever(db):
    from clientcard_profile.db.models import ClientImport

    with db.uow() as uow:
        broken = uow.imports.add(
            ClientImport(id=uuid.uuid4(), status="queued", columns={"mapped": {}}, rows=[["x"]], total_rows=1)
        )
        uow.commit()
    while imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS):
        pass

    job = imports.get_import(db.uow(), str(broken.id))
    assert job["status"] == "failed"
    assert job["counts"]["created"] == 0
    assert job["report"][0]["field"] == "_file"
