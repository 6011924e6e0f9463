"""A redraw of the card keeps what staff have open: forms opened under a row, what was typed in the
others, and a note being edited; the form that was submitted is the one that closes."""

import uuid

from playwright.sync_api import expect


def _client(api, **fields):
    response = api.post("/clients", json={"first_name": "Remy", "last_name": f"Redraw{uuid.uuid4().hex[:6]}", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def _post(api, path, **body):
    response = api.post(path, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_what_was_typed_in_a_form_stays_when_an_alert_acknowledged_redraws_the_card(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    _post(api, f"/clients/{client['id']}/notes", body="Allergic to latex", kind="alert")
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Balance").click()
    top_up = page.get_by_role("form", name="Top up", exact=True)
    top_up.get_by_label("Amount").fill("12.34")
    top_up.get_by_label("Paid by").select_option("bank_transfer")
    top_up.get_by_label("Reason").fill("Half typed")

    page.locator(".alert").get_by_role("button", name="Acknowledge").click()

    expect(page.locator(".alert")).to_have_count(0)  # the card was redrawn
    top_up = page.get_by_role("form", name="Top up", exact=True)
    expect(top_up.get_by_label("Amount")).to_have_value("12.34")
    expect(top_up.get_by_label("Paid by")).to_have_value("bank_transfer")
    expect(top_up.get_by_label("Reason")).to_have_value("Half typed")
    shot("typed-kept")

    top_up.get_by_role("button", name="Top up").click()  # the form submitted is the one that empties
    expect(page.locator("#ledger-balance")).to_contain_text("12.34")
    expect(page.get_by_role("form", name="Top up", exact=True).get_by_label("Amount")).to_have_value("")
    assert api.get(f"/clients/{client['id']}/balance").json()["balance"]["amount"] == 1234


def test_a_form_opened_under_a_row_stays_open_with_its_text_when_another_row_redraws_the_tab(
    page, api, new_key, sign_in, open_card, shot
):
    client = _client(api)
    for plan in ("Yoga", "Pilates"):
        _post(
            api,
            f"/clients/{client['id']}/loyalty-cards",
            type="membership",
            plan=plan,
            price={"amount": 5000, "currency": "GBP"},
            next_payment_on="2030-01-15",
        )
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()
    yoga = page.locator("#memberships tr", has_text="Yoga")
    yoga.get_by_role("button", name="Freeze").click()
    yoga.get_by_label("Until").fill("2029-12-31")

    page.locator("#memberships tr", has_text="Pilates").get_by_role("button", name="Renew").click()

    expect(page.locator("#memberships tr", has_text="Pilates")).not_to_contain_text("15 Jan 2030")  # redrawn
    yoga = page.locator("#memberships tr", has_text="Yoga")
    expect(yoga.get_by_label("Until")).to_have_value("2029-12-31")
    shot("row-form-kept")
    yoga.get_by_role("button", name="Freeze", exact=True).last.click()
    expect(page.locator("#memberships tr", has_text="Yoga")).to_contain_text("frozen")
    expect(page.locator("#memberships tr", has_text="Yoga").get_by_label("Until")).to_have_count(0)  # submitted: closed


def test_a_note_being_edited_keeps_its_text_when_pinning_another_redraws_the_list(page, api, new_key, sign_in, open_card):
    client = _client(api)
    first = _post(api, f"/clients/{client['id']}/notes", body="Likes tea")
    second = _post(api, f"/clients/{client['id']}/notes", body="Prefers mornings")
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Notes").click()
    editing = page.locator(f'#notes [data-note-id="{first["id"]}"]')
    editing.get_by_role("button", name="Edit").click()
    editing.get_by_label("Note text").fill("Likes green tea, no sugar")

    page.locator(f'#notes [data-note-id="{second["id"]}"]').get_by_role("button", name="Pin", exact=True).click()

    expect(page.locator(f'#notes [data-note-id="{second["id"]}"]')).to_contain_text("pinned")
    editing = page.locator(f'#notes [data-note-id="{first["id"]}"]')
    expect(editing.get_by_label("Note text")).to_have_value("Likes green tea, no sugar")
    editing.get_by_role("button", name="Save").click()
    expect(editing.locator(".note-body")).to_have_text("Likes green tea, no sugar")
    expect(editing.get_by_label("Note text")).to_have_count(0)
