"""Uploads: streamed through the gateway with flat memory, or straight to storage by presigned POST and
a completion call; programs, mismatched names and oversized files refused, leaving nothing behind."""

import hashlib
import os
import threading
import time
from pathlib import Path

import requests

from tests.integration.files_helpers import jpeg, object_keys, png, upload


def test_a_program_is_refused_whatever_it_is_called(api, client_id, suite):
    program = b"MZ\x90\x00" + os.urandom(2000)

    as_photo = upload(api, client_id, program, filename="holiday.png", claimed="image/png")
    as_exe = upload(api, client_id, png(), filename="setup.exe", claimed="image/png")

    assert as_photo.status_code == 422 and "file" in as_photo.json()["errors"]
    assert as_exe.status_code == 422
    assert object_keys(suite, client_id) == []


def test_a_name_that_lies_about_the_content_is_a_422(api, client_id):
    response = upload(api, client_id, png(), kind="document", filename="report.pdf", claimed="application/pdf")

    assert response.status_code == 422
    assert "pdf" in response.json()["errors"]["file"][0]


def test_an_upload_over_the_limit_is_a_413_and_leaves_neither_object_nor_row(api, client_id, suite):
    too_big = b"%PDF-1.4\n" + b"0" * (110 * 1024 * 1024 + 10)

    response = upload(api, client_id, too_big, kind="document", filename="huge.pdf", claimed="application/pdf")

    assert response.status_code == 413
    assert api.get(f"/clients/{client_id}/files").json()["items"] == []
    assert object_keys(suite, client_id) == []


def _rss_kb(pids) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as status:
                total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        except (FileNotFoundError, StopIteration):
            pass
    return total


def _gateway_pids(suite) -> list[int]:
    master = suite.processes["gateway"].pid
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [master, *map(int, children)]


STREAMED_MB = 100  # the upload view's own limit (FILES_MAX_BYTES, 110 MB in the tests) lifts the app's 25 MB
FLAT_MB = 25  # what the gateway's processes may grow by while 100 MB pass through them


def test_a_large_upload_streams_through_the_gateway_with_flat_memory(api, client_id, suite):
    data = b"%PDF-1.4\n" + os.urandom(STREAMED_MB * 1024 * 1024)
    pids = _gateway_pids(suite)
    before, peak, done = _rss_kb(pids), [0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _rss_kb(pids))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        response = api.session.post(
            f"{suite.base_url}/api/v1/clients/{client_id}/files",
            timeout=300,
            files={"file": ("scan.pdf", data, "application/pdf")},
            data={"kind": "document"},
        )
    finally:
        done.set()
        sampler.join()

    assert response.status_code == 201, response.text
    assert response.json()["size"] == len(data) and response.json()["sha256"] == hashlib.sha256(data).hexdigest()
    print(f"gateway grew by {(peak[0] - before) // 1024} MB while {STREAMED_MB} MB streamed through it")
    assert (peak[0] - before) < FLAT_MB * 1024, f"gateway grew by {(peak[0] - before) // 1024} MB"
    api.delete(f"/files/{response.json()['id']}")


def test_a_direct_upload_goes_to_storage_and_is_checked_on_completion(api, client_id):
    photo = jpeg()
    started = api.post(f"/clients/{client_id}/uploads", json={"kind": "photo", "filename": "face.jpg"}).json()

    posted = requests.post(started["url"], data=started["fields"], files={"file": ("face.jpg", photo)}, timeout=30)
    completed = api.post(f"/uploads/{started['id']}/complete")

    assert posted.status_code in (200, 204), posted.text
    assert completed.status_code == 201, completed.text
    assert completed.json()["sha256"] == hashlib.sha256(photo).hexdigest() and completed.json()["has_thumbnail"]
    assert api.get(f"/files/{started['id']}/content").content == photo
    assert api.post(f"/uploads/{started['id']}/complete").status_code == 404  # completed once only


def test_a_direct_upload_of_the_wrong_type_is_refused_and_removed_from_storage(api, client_id, suite):
    started = api.post(f"/clients/{client_id}/uploads", json={"kind": "photo", "filename": "face.jpg"}).json()
    requests.post(started["url"], data=started["fields"], files={"file": ("face.jpg", b"MZ" + os.urandom(500))}, timeout=30)

    completed = api.post(f"/uploads/{started['id']}/complete")

    assert completed.status_code == 422
    assert object_keys(suite, client_id) == []
    assert api.get(f"/clients/{client_id}/files").json()["items"] == []


def test_completing_a_direct_upload_that_never_arrived_is_a_422(api, client_id):
    started = api.post(f"/clients/{client_id}/uploads", json={"kind": "document", "filename": "a.pdf"}).json()

    assert api.post(f"/uploads/{started['id']}/complete").status_code == 422
