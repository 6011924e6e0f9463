"""Files and photos through the gateway, stored in the S3 endpoint."""

import hashlib
import io

import pytest
import requests
from PIL import Image


def png_bytes(size=(640, 480)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 80)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload(api, client_id, data, kind="photo", filename="photo.png", claimed="text/plain", caption=None):
    form = {"kind": kind, **({"caption": caption} if caption else {})}
    return api.post(f"/clients/{client_id}/files", files={"file": (filename, data, claimed)}, data=form)


def test_a_photo_is_stored_with_its_real_type_hash_and_thumbnail(api, client_id):
    data = png_bytes()

    response = upload(api, client_id, data, caption="Before treatment")

    assert response.status_code == 201, response.text
    stored = response.json()
    assert stored["content_type"] == "image/png"  # sniffed, although the upload claimed text/plain
    assert stored["size"] == len(data)
    assert stored["sha256"] == hashlib.sha256(data).hexdigest()
    assert stored["has_thumbnail"] is True
    content = api.get(f"/files/{stored['id']}/content")
    assert content.content == data
    assert content.headers["Content-Type"] == "image/png"
    thumbnail = Image.open(io.BytesIO(api.get(f"/files/{stored['id']}/content?thumbnail=true").content))
    assert thumbnail.format == "JPEG" and max(thumbnail.size) <= 320
    card = api.get(f"/clients/{client_id}/card").json()
    assert card["files"]["recent"][0]["id"] == stored["id"]


def test_the_download_link_serves_the_bytes(api, client_id):
    data = png_bytes((10, 10))
    stored = upload(api, client_id, data).json()

    record = api.get(f"/files/{stored['id']}").json()

    assert requests.get(record["download_url"], timeout=10).content == data


def test_a_file_that_is_not_what_its_kind_allows_is_a_422_and_stores_nothing(api, client_id):
    text = upload(api, client_id, b"just some text", kind="photo", filename="fake.png", claimed="image/png")
    empty = upload(api, client_id, b"", kind="document", filename="empty.pdf")
    no_kind = api.post(f"/clients/{client_id}/files", files={"file": ("a.png", png_bytes(), "image/png")})

    assert text.status_code == 422
    assert "file" in text.json()["errors"]
    assert empty.status_code == 422
    assert no_kind.status_code == 422
    assert api.get(f"/clients/{client_id}/files").json()["items"] == []


def test_medical_files_need_the_files_medical_scope(api, api_with_key, client_id):
    files_only = api_with_key(api.post("/api-keys", json={"name": "f", "scopes": ["files:read", "files:write"]}).json()["secret"])
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

    assert upload(files_only, client_id, pdf, kind="medical", filename="scan.pdf").status_code == 403
    medical = upload(api, client_id, pdf, kind="medical", filename="scan.pdf").json()
    photo = upload(files_only, client_id, png_bytes((8, 8))).json()

    assert [f["id"] for f in files_only.get(f"/clients/{client_id}/files").json()["items"]] == [photo["id"]]
    assert files_only.get(f"/files/{medical['id']}").status_code == 404
    assert files_only.get(f"/files/{medical['id']}/content").status_code == 404
    assert {f["id"] for f in api.get(f"/clients/{client_id}/files").json()["items"]} == {photo["id"], medical["id"]}
    assert medical["id"] in [f["id"] for f in api.get(f"/clients/{client_id}/card").json()["files"]["recent"]]
    desk = api_with_key(api.post("/api-keys", json={"name": "d", "scopes": ["clients:read", "files:read"]}).json()["secret"])
    assert medical["id"] not in [f["id"] for f in desk.get(f"/clients/{client_id}/card").json()["files"]["recent"]]


def test_a_deleted_file_is_gone_with_its_bytes(api, client_id):
    stored = upload(api, client_id, png_bytes((12, 12))).json()
    link = api.get(f"/files/{stored['id']}").json()["download_url"]

    assert api.delete(f"/files/{stored['id']}").status_code == 204

    assert api.get(f"/files/{stored['id']}").status_code == 404
    assert requests.get(link, timeout=10).status_code in (403, 404)  # the link opens nothing any more


@pytest.mark.parametrize("path", ["/clients/00000000-0000-0000-0000-000000000000/files", "/files/not-a-file"])
def test_unknown_clients_and_files_are_404(api, path):
    assert api.get(path).status_code == 404
