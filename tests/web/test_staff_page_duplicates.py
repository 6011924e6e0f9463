"""Duplicates in a real browser: the card names them, a merge is previewed field by field, and undone."""

import random
import uuid

from playwright.sync_api import expect


def _client(api, **fields):
    response = api.post("/clients", json=fields)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_duplicate_is_merged_with_the_fields_chosen_in_the_preview_and_the_merge_undone(
    page, api, new_key, sign_in, open_card, shot
):
    tag = uuid.uuid4().hex[:6]
    phone = f"+44 7700 9{random.randrange(10**5):05d}"
    survivor = _client(api, first_name="Dana", last_name=f"Dupe{tag}", phone=phone)
    duplicate = _client(api, first_name="Dana", last_name=f"Dupe{tag}-Jones", phone=phone, email=f"dana{tag}@example.com")
    assert api.post(f"/clients/{duplicate['id']}/notes", json={"body": "Booked under her married name"}).status_code == 201
    sign_in(new_key(name="Mia Manager")["secret"])
    open_card(survivor["id"], f"Dupe{tag}")

    listed = page.locator(f'#duplicates [data-duplicate-id="{duplicate["id"]}"]')
    expect(listed).to_contain_text("same phone")
    shot("duplicate-listed")
    listed.get_by_role("button").click()

    preview = page.locator("#merge-preview")
    # the survivor has no email: the duplicate's fills it unless staff choose otherwise
    expect(preview.locator('tr[data-field="email"] .result')).to_have_text(f"dana{tag}@example.com")
    expect(preview.locator('tr[data-field="last_name"] .result')).to_have_text(f"Dupe{tag}")
    expect(page.locator("#merge-moves")).to_contain_text("note")
    preview.locator('tr[data-field="last_name"]').get_by_label("the duplicate's").check()
    expect(preview.locator('tr[data-field="last_name"] .result')).to_have_text(f"Dupe{tag}-Jones")
    assert api.get(f"/clients/{duplicate['id']}").json()["status"] == "active"  # a preview changes nothing
    shot("preview")
    preview.get_by_role("button", name="Merge", exact=True).click()

    expect(page.locator("#client-name")).to_have_text(f"Dana Dupe{tag}-Jones")
    expect(page.locator("#merge-undo")).to_contain_text("was merged into this client")
    page.get_by_role("tab", name="Notes").click()
    expect(page.locator("#notes")).to_contain_text("Booked under her married name")
    assert api.get(f"/clients/{duplicate['id']}").json()["status"] == "archived"
    shot("merged")

    page.get_by_role("button", name="Undo merge").click()
    expect(page.locator("#client-name")).to_have_text(f"Dana Dupe{tag}")
    expect(page.locator("#merge-undo")).to_have_count(0)
    assert api.get(f"/clients/{duplicate['id']}").json()["status"] == "active"
    assert api.get(f"/clients/{survivor['id']}").json()["email"] in (None, "")
    shot("undone")


def test_a_read_only_key_sees_the_duplicate_but_no_merge(page, api, new_key, sign_in, open_card):
    tag = uuid.uuid4().hex[:6]
    email = f"same{tag}@example.com"
    survivor = _client(api, first_name="Rhea", last_name=f"Readonly{tag}", email=email)
    duplicate = _client(api, first_name="Rhea", last_name=f"Readonly{tag}", email=email.upper())
    sign_in(new_key(scopes=("clients:read",))["secret"])
    open_card(survivor["id"], f"Readonly{tag}")

    expect(page.locator(f'#duplicates [data-duplicate-id="{duplicate["id"]}"]')).to_contain_text("same email")
    expect(page.locator("#duplicates").get_by_role("button")).to_have_count(0)


def test_a_merge_made_earlier_is_undone_from_the_timeline(page, api, new_key, sign_in, open_card, shot):
    tag = uuid.uuid4().hex[:6]
    survivor = _client(api, first_name="Tess", last_name=f"Timeline{tag}")
    duplicate = _client(api, first_name="Tess", last_name=f"Timeline{tag}")
    merged = api.post(f"/clients/{survivor['id']}/merge", json={"source_id": duplicate["id"]})
    assert merged.status_code == 200, merged.text
    sign_in(new_key()["secret"])
    open_card(survivor["id"], f"Timeline{tag}")

    undo = page.locator(f'#timeline [data-merge-id="{merged.json()["merge"]["id"]}"]')
    expect(undo).to_be_visible()
    shot("timeline-merge")
    undo.click()

    expect(page.locator("#timeline [data-merge-id]")).to_have_count(0)
    assert api.get(f"/clients/{duplicate['id']}").json()["status"] == "active"


def _focused_text(page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.textContent : ''")


def test_closing_the_merge_dialog_gives_the_focus_back_to_the_control_that_opened_it(page, api, new_key, sign_in, open_card):
    tag = uuid.uuid4().hex[:6]
    phone = f"+44 7700 9{random.randrange(10**5):05d}"
    survivor = _client(api, first_name="Fay", last_name=f"Focus{tag}", phone=phone)
    duplicate = _client(api, first_name="Fay", last_name=f"Focus{tag}", phone=phone)
    sign_in(new_key()["secret"])
    open_card(survivor["id"], f"Focus{tag}")
    review = page.locator(f'#duplicates [data-duplicate-id="{duplicate["id"]}"]').get_by_role("button")
    preview = page.locator("#merge-preview")

    review.press("Enter")  # by keyboard, as someone who cannot use a mouse would
    expect(preview).to_be_visible()
    page.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    assert _focused_text(page) == f"Review merge of Fay Focus{tag}"

    review.click()
    preview.get_by_role("button", name="Cancel").click()
    expect(preview).to_have_count(0)
    assert _focused_text(page) == f"Review merge of Fay Focus{tag}"

    review.click()
    preview.get_by_role("button", name="Merge", exact=True).click()
    expect(page.locator("#merge-undo")).to_be_visible()
    # the control that opened it went with the duplicate: the undo that took its place has the focus
    expect(page.locator("#merge-undo").get_by_role("button", name="Undo merge")).to_be_focused()
