"""Imports and the export over HTTP: a per-row report, dry runs, XLSX, malformed files, CSV streaming."""

import csv
import io
import time
import uuid

from openpyxl import Workbook


def _upload(api, content: bytes, *, filename="clients.csv", dry_run=False):
    return api.post("/imports", files={"file": (filename, content)}, data={"dry_run": str(dry_run).lower()})


def _finished(api, import_id: str, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = api.get(f"/imports/{import_id}").json()
        if job["status"] in ("completed", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.2)


def test_an_import_creates_valid_rows_and_reports_errors_and_duplicates_by_row(api):
    tag = uuid.uuid4().hex[:8]
    content = (
        "First Name;Last Name;Email;Tags\n"
        f"Ann;Lee;ann-{tag}@example.com;vip, new\n"
        f"Bad;Email;not-an-email;\n"
        f"Twin;Lee;ANN-{tag}@example.com;\n"
    ).encode()

    started = _upload(api, content)

    assert started.status_code == 202, started.text
    job = _finished(api, started.json()["id"])
    assert job["status"] == "completed"
    assert job["counts"] == {"rows": 3, "created": 1, "updated": 0, "conflicts": 0, "skipped": 2, "duplicates": 1, "errors": 1}
    assert {(p["row"], p["field"], p["kind"]) for p in job["report"]} == {(3, "email", "error"), (4, "email", "duplicate")}
    found = api.get("/clients/export.csv").text
    assert f"ann-{tag}@example.com" in found
    assert "Twin" not in [row[1] for row in csv.reader(io.StringIO(found)) if f"{tag}" in ",".join(row)]


def test_a_dry_run_creates_nothing(api):
    tag = uuid.uuid4().hex[:8]
    job = _finished(api, _upload(api, f"first_name,email\nDry,dry-{tag}@example.com\n".encode(), dry_run=True).json()["id"])
    assert job["dry_run"] is True and job["counts"]["created"] == 1
    assert f"dry-{tag}@example.com" not in api.get("/clients/export.csv").text


def test_an_xlsx_file_is_imported(api):
    tag = uuid.uuid4().hex[:8]
    workbook = Workbook()
    workbook.active.append(["Surname", "Forename", "E-mail"])
    workbook.active.append(["Sheet", "Xena", f"xl-{tag}@example.com"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    job = _finished(api, _upload(api, buffer.getvalue(), filename="clients.xlsx").json()["id"])

    assert job["counts"]["created"] == 1, job


def test_a_malformed_file_is_a_422_problem_and_nothing_is_imported(api):
    for content in (b"", b"email\nann@example.com\n", b'first_name\n"unterminated\n', b"PK\x03\x04garbage"):
        response = _upload(api, content)
        assert response.status_code == 422, (content, response.text)
        assert response.headers["Content-Type"] == "application/problem+json"
    assert api.post("/imports", data={"dry_run": "true"}).status_code == 422  # no file at all


def test_a_file_over_10_mb_is_a_413(api):
    response = _upload(api, b"first_name\n" + b"x" * (10 * 1024 * 1024))
    assert response.status_code == 413
    assert response.headers["Content-Type"] == "application/problem+json"


def test_the_export_streams_every_client_as_csv(api):
    made = {api.post("/clients", json={"first_name": f"Export{i}", "tags": ["a", "b"]}).json()["id"] for i in range(3)}
    response = api.get("/clients/export.csv", stream=True)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert made <= {row["id"] for row in rows}
    assert {row["tags"] for row in rows if row["id"] in made} == {"a; b"}
    assert api.get("/clients/export.csv?status=deleted").status_code == 422
