"""Downloads: links signed for the public S3 endpoint, content streamed from the files service's own
HTTP endpoint (which answers only tickets), before/after pairs, and erasure emptying storage."""

import uuid
from pathlib import Path
from urllib.parse import urlsplit

import requests
from nameko.standalone.events import event_dispatcher

from tests.integration.conftest import eventually
from tests.integration.files_helpers import jpeg, object_keys, png, upload


def test_a_download_link_is_signed_for_the_public_endpoint_and_opens(api, client_id, suite):
    data = png()
    stored = upload(api, client_id, data, filename="a.png", claimed="image/png").json()

    link = api.get(f"/files/{stored['id']}").json()["download_url"]

    assert urlsplit(link).hostname == "localhost"  # S3_PUBLIC_ENDPOINT, not the internal 127.0.0.1
    assert requests.get(link, timeout=10).content == data


def test_content_is_streamed_with_its_type_and_name(api, client_id):
    data = b"%PDF-1.4\n" + b"x" * 700_000
    stored = upload(api, client_id, data, kind="document", filename="Résultats.pdf", claimed="application/pdf").json()

    response = api.get(f"/files/{stored['id']}/content?download=true", stream=True)

    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''R%C3%A9sultats.pdf"
    assert b"".join(response.iter_content(65536)) == data


def test_the_files_http_endpoint_answers_only_a_ticket(api, client_id, suite):
    stored = upload(api, client_id, png(), filename="a.png", claimed="image/png").json()
    with_ticket = api.get(f"/files/{stored['id']}/content")
    assert with_ticket.status_code == 200
    files_port = _files_port(suite)

    assert requests.get(f"http://127.0.0.1:{files_port}/downloads", timeout=5).status_code == 403
    assert (
        requests.get(f"http://127.0.0.1:{files_port}/downloads", headers={"X-Download-Ticket": "x.y"}, timeout=5).status_code
        == 403
    )


def _files_port(suite) -> int:
    """The port this run's files service listens on (the suite gave it a free one)."""
    pid = suite.processes["files"].pid
    environ = dict(item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if "=" in item)
    return int(environ["WEB_SERVER_ADDRESS"].rsplit(":", 1)[1])


def test_before_and_after_photos_are_listed_side_by_side_newest_pair_first(api, client_id):
    first_before = upload(api, client_id, jpeg(), stage="before").json()
    first_after = upload(api, client_id, jpeg(), stage="after", pair_id=first_before["pair_id"]).json()
    second_before = upload(api, client_id, jpeg(), stage="before").json()

    pairs = api.get(f"/clients/{client_id}/photo-pairs").json()["items"]

    assert [p["pair_id"] for p in pairs] == [second_before["pair_id"], first_before["pair_id"]]
    assert [f["id"] for f in pairs[1]["before"]] == [first_before["id"]]
    assert [f["id"] for f in pairs[1]["after"]] == [first_after["id"]]
    assert (
        upload(api, client_id, png(), kind="document", filename="a.png", claimed="image/png", stage="before").status_code == 422
    )


def test_erasure_removes_every_photo_and_document_from_storage(api, client_id, suite):
    upload(api, client_id, jpeg(), stage="before")
    upload(api, client_id, b"%PDF-1.4\n", kind="document", filename="a.pdf", claimed="application/pdf")
    assert object_keys(suite, client_id)

    event_dispatcher({"AMQP_URI": suite.env["AMQP_URI"], "serializer": "json"})(
        "profile",
        "client_erased",
        {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, "client_id": client_id},
    )

    def storage_is_empty():
        assert object_keys(suite, client_id) == []

    eventually(storage_is_empty, timeout=20)
