"""The profile photo through the gateway: set from one of the client's photos, shown on the record and
the card, refused (422 naming `file_id`) for another client's file, a PDF or an unknown id, cleared,
and cleared on its own when the file is deleted."""

import uuid

import pytest

from tests.integration.conftest import eventually
from tests.integration.files_helpers import jpeg, upload

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _client(api) -> str:
    response = api.post("/clients", json={"first_name": "Pia", "last_name": f"Photo {uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _photo(api, client_id) -> str:
    response = upload(api, client_id, jpeg())
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _key(api, api_with_key, *scopes):
    response = api.post("/api-keys", json={"name": f"Photo {uuid.uuid4().hex[:6]}", "scopes": list(scopes)})
    assert response.status_code == 201, response.text
    return api_with_key(response.json()["secret"])


def test_a_photo_set_shows_on_the_record_and_the_card_and_can_be_cleared(api):
    client_id = _client(api)
    photo = _photo(api, client_id)
    api.get(f"/clients/{client_id}/card")  # a cached card must not hide the change

    response = api.put(f"/clients/{client_id}/photo", json={"file_id": photo}, headers={"If-Match": '"1"'})

    assert response.status_code == 200, response.text
    assert response.json()["photo_file_id"] == photo
    assert response.headers["ETag"] == '"2"'
    assert api.get(f"/clients/{client_id}").json()["photo_file_id"] == photo
    card = api.get(f"/clients/{client_id}/card").json()
    assert card["client"]["photo_file_id"] == photo
    assert "download_url" not in str(card["client"])  # the cached card carries no link
    thumbnail = api.get(f"/files/{photo}/content?thumbnail=true")
    assert thumbnail.status_code == 200 and thumbnail.headers["Content-Type"] == "image/jpeg"

    cleared = api.delete(f"/clients/{client_id}/photo")
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["photo_file_id"] is None
    assert api.get(f"/clients/{client_id}/card").json()["client"]["photo_file_id"] is None
    assert api.delete(f"/clients/{client_id}/photo").json()["version"] == cleared.json()["version"]  # harmless twice


@pytest.mark.parametrize("case", ["another_clients_photo", "pdf", "unknown_id"])
def test_a_file_that_cannot_be_the_photo_is_a_422_naming_file_id_and_changes_nothing(api, case):
    client_id = _client(api)
    if case == "another_clients_photo":
        file_id = _photo(api, _client(api))
    elif case == "pdf":
        pdf = upload(api, client_id, PDF, kind="document", filename="letter.pdf", claimed="application/pdf")
        assert pdf.status_code == 201, pdf.text
        file_id = pdf.json()["id"]
    else:
        file_id = str(uuid.uuid4())

    response = api.put(f"/clients/{client_id}/photo", json={"file_id": file_id})

    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert "file_id" in response.json()["errors"]
    record = api.get(f"/clients/{client_id}").json()
    assert (record["photo_file_id"], record["version"]) == (None, 1)


def test_a_malformed_body_is_a_422(api):
    client_id = _client(api)
    for body in ({}, {"file_id": "not-a-uuid"}):
        response = api.put(f"/clients/{client_id}/photo", json=body)
        assert response.status_code == 422, response.text
        assert "file_id" in str(response.json()["errors"])


def test_an_unknown_client_is_a_404(api):
    response = api.put(f"/clients/{uuid.uuid4()}/photo", json={"file_id": str(uuid.uuid4())})
    assert response.status_code == 404, response.text


def test_deleting_the_file_clears_the_photo(api):
    client_id = _client(api)
    photo = _photo(api, client_id)
    assert api.put(f"/clients/{client_id}/photo", json={"file_id": photo}).status_code == 200

    assert api.delete(f"/files/{photo}").status_code == 204

    def cleared():
        assert api.get(f"/clients/{client_id}").json()["photo_file_id"] is None
        assert api.get(f"/clients/{client_id}/card").json()["client"]["photo_file_id"] is None

    eventually(cleared, timeout=20)


def test_setting_needs_clients_write_and_files_read_and_reading_the_photo_needs_files_read(api, api_with_key):
    client_id = _client(api)
    photo = _photo(api, client_id)
    without_files = _key(api, api_with_key, "clients:read", "clients:write")
    assert without_files.put(f"/clients/{client_id}/photo", json={"file_id": photo}).status_code == 403
    reader = _key(api, api_with_key, "clients:read", "files:read")
    assert reader.put(f"/clients/{client_id}/photo", json={"file_id": photo}).status_code == 403
    assert api.put(f"/clients/{client_id}/photo", json={"file_id": photo}).status_code == 200

    # a key without files:read sees that there is a photo, never its bytes
    assert without_files.get(f"/files/{photo}/content?thumbnail=true").status_code == 403
    assert reader.get(f"/files/{photo}/content?thumbnail=true").status_code == 200
