"""The staff page in a real browser: fields that save on their own, conflicts, uploads."""

import base64
import uuid

from playwright.sync_api import expect

# a 1x1 PNG: enough for the files service to take it as a photo
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _client(api):
    response = api.post("/clients", json={"first_name": "Edith", "last_name": f"Edits{uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_field_saves_on_its_own(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Profile").click()
    page.get_by_label("Email").fill("edith@example.com")
    page.get_by_label("Email").press("Enter")

    expect(page.locator("#profile-email")).to_have_class("saved")
    assert api.get(f"/clients/{client['id']}").json()["email"] == "edith@example.com"
    shot("saved")


def test_a_colleagues_change_made_meanwhile_shows_as_a_conflict(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Profile").click()
    page.get_by_label("Email").wait_for()

    assert api.patch(f"/clients/{client['id']}", json={"last_name": "Changed Elsewhere"}).status_code == 200
    page.get_by_label("Last name").fill("Mine")
    page.get_by_label("Last name").press("Enter")

    note = page.locator("#profile-last_name-note")
    expect(note).to_contain_text("Someone else changed this client meanwhile")
    expect(note).to_contain_text("Changed Elsewhere")
    shot("conflict")
    note.get_by_role("button", name="Keep mine").click()
    expect(page.locator("#client-name")).to_have_text("Edith Mine")


def test_an_uploaded_photo_appears_in_the_gallery(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Files").click()
    page.locator("#upload-input").set_input_files({"name": "before.png", "mimeType": "image/png", "buffer": PNG})

    expect(page.locator("#gallery .tile")).to_have_count(1)
    expect(page.locator("#gallery")).to_contain_text("before.png")
    assert [f["filename"] for f in api.get(f"/clients/{client['id']}/files").json()["items"]] == ["before.png"]
    shot("uploaded")


def test_the_header_shows_initials_until_a_profile_photo_is_set_from_it(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    expect(page.locator("#avatar")).to_have_text("EE")
    page.locator("#avatar-input").set_input_files({"name": "face.png", "mimeType": "image/png", "buffer": PNG})

    expect(page.locator("#avatar img")).to_have_attribute("alt", f"Photo of Edith {client['last_name']}")
    [photo] = api.get(f"/clients/{client['id']}/files").json()["items"]
    assert photo["kind"] == "photo"
    assert api.get(f"/clients/{client['id']}").json()["photo_file_id"] == photo["id"]
    expect(page.locator("#avatar img")).to_have_attribute("data-file-id", photo["id"])
    shot("photo")


def test_a_gallery_photo_becomes_the_profile_photo(page, api, new_key, sign_in, open_card):
    client = _client(api)
    files = {"file": ("face.png", PNG, "image/png")}
    # captioned the old way: the caption no longer makes it the profile photo, the field does
    uploaded = api.post(f"/clients/{client['id']}/files", files=files, data={"kind": "photo", "caption": "Profile photo"})
    assert uploaded.status_code == 201, uploaded.text
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    expect(page.locator("#avatar")).to_have_text("EE")

    page.get_by_role("tab", name="Files").click()
    page.locator("#gallery .tile").get_by_role("button", name="Use as profile photo").click()

    expect(page.locator("#avatar img")).to_have_attribute("data-file-id", uploaded.json()["id"])
    expect(page.locator("#gallery .tile")).to_contain_text("Profile photo")
    assert api.get(f"/clients/{client['id']}").json()["photo_file_id"] == uploaded.json()["id"]


def test_a_key_without_files_keeps_the_initials(page, api, new_key, sign_in, open_card):
    client = _client(api)
    files = {"file": ("face.png", PNG, "image/png")}
    uploaded = api.post(f"/clients/{client['id']}/files", files=files, data={"kind": "photo"})
    assert uploaded.status_code == 201, uploaded.text
    assert api.put(f"/clients/{client['id']}/photo", json={"file_id": uploaded.json()["id"]}).status_code == 200
    sign_in(new_key(scopes=("clients:read",))["secret"])
    open_card(client["id"], client["last_name"])

    expect(page.locator("#avatar")).to_have_text("EE")
    expect(page.locator("#avatar-input")).to_have_count(0)
