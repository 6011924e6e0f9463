"""The staff page in a real browser: sign-in, search, the card, its tabs' actions, keys and errors."""

import random
import uuid

from playwright.sync_api import expect


def _client(api, **fields):
    body = {"first_name": "Webb", "last_name": f"Tester{uuid.uuid4().hex[:6]}", **fields}
    response = api.post("/clients", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_signing_in_shows_the_keys_name_locations_and_scopes_and_keeps_the_key_out_of_the_url(page, new_key, sign_in, shot):
    key = new_key(name="Alice Front Desk", scopes=("clients:read", "clients:write"))

    sign_in(key["secret"])

    expect(page.locator("#me-name")).to_have_text("Alice Front Desk")
    page.locator("#me-name").click()
    expect(page.locator("#me-scopes")).to_have_text("clients:read, clients:write")
    expect(page.locator("#me-locations")).to_have_text("all locations")
    assert key["secret"] not in page.url
    assert page.evaluate("sessionStorage.getItem('clientcard-key')") == key["secret"]
    shot("signed-in")


def test_a_wrong_key_is_refused_readably(page, sign_in):
    page.goto("/")
    page.get_by_label("API key").fill("cc_nope_nope")
    page.get_by_role("button", name="Sign in").click()

    expect(page.locator("#signin-error")).to_contain_text("Unauthorized")


def test_searching_by_phone_in_another_format_opens_the_card(page, api, new_key, sign_in, shot):
    digits = f"{random.randrange(10**5):05d}"
    client = _client(api, phone=f"+44 7700 9{digits}", tags=["vip"])
    sign_in(new_key()["secret"])

    page.locator("#q").fill(f"07700 9{digits}")
    result = page.locator(f'#results [data-client-id="{client["id"]}"]')
    expect(result).to_be_visible()
    shot("results")
    page.locator("#q").press("ArrowDown")
    for _ in range(page.locator("#results [role=option]").count()):
        if result.get_attribute("aria-selected") == "true":
            break
        page.locator("#q").press("ArrowDown")
    page.locator("#q").press("Enter")

    expect(page.locator("#client-name")).to_have_text(f"Webb {client['last_name']}")
    expect(page.locator(".tags")).to_contain_text("vip")
    expect(page.get_by_role("tab", name="Overview")).to_have_attribute("aria-selected", "true")
    shot("card")


def test_adding_a_note_shows_it_with_the_keys_name(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key(name="Bella Stylist")["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Notes").click()
    page.get_by_label("Note", exact=True).fill("Prefers the window seat")
    page.get_by_label("Pin to the top").check()
    page.get_by_role("button", name="Add note").click()

    note = page.locator("#notes .note").first
    expect(note).to_contain_text("Prefers the window seat")
    expect(note).to_contain_text("pinned")
    expect(note).to_contain_text("Bella Stylist")
    shot("note-added")


def test_an_alert_comes_first_and_is_acknowledged_by_the_signed_in_key(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    assert api.post(f"/clients/{client['id']}/notes", json={"body": "Allergic to latex", "kind": "alert"}).status_code == 201
    sign_in(new_key(name="Carla Reception")["secret"])
    open_card(client["id"], client["last_name"])

    alert = page.locator(".alert")
    expect(alert).to_contain_text("Allergic to latex")
    shot("alert")
    alert.get_by_role("button", name="Acknowledge").click()

    expect(page.locator(".alert")).to_have_count(0)
    notes = api.get(f"/clients/{client['id']}/notes").json()["items"]
    assert notes[0]["acknowledged_by"]["name"] == "Carla Reception"


def test_a_top_up_changes_the_balance_shown(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Balance").click()
    page.get_by_label("Amount", exact=False).first.fill("25.50")
    page.get_by_role("button", name="Top up", exact=True).click()

    expect(page.locator("#kpi-balance")).to_contain_text("+")
    expect(page.locator("#kpi-balance")).to_contain_text("25.50")
    expect(page.locator("#ledger-balance")).to_contain_text("25.50")
    expect(page.locator("#tab-panel table")).to_contain_text("top up")
    assert api.get(f"/clients/{client['id']}/balance").json()["balance"]["amount"] == 2550
    shot("topped-up")


def test_an_invoice_is_paid_from_the_card(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    invoice = api.post(
        f"/clients/{client['id']}/invoices",
        json={
            "lines": [
                {"description": "Haircut", "kind": "service", "quantity": 1, "unit_price": {"amount": 4000, "currency": "GBP"}}
            ]
        },
    )
    assert invoice.status_code == 201, invoice.text
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Invoices").click()
    page.get_by_role("button", name="Pay", exact=True).click()
    page.get_by_role("button", name="Take payment").click()

    expect(page.get_by_role("button", name="Pay", exact=True)).to_have_count(0)
    assert api.get(f"/invoices/{invoice.json()['id']}").json()["due"]["amount"] == 0
    shot("paid")


def test_a_sent_message_appears_in_the_history_with_its_status(page, api, new_key, sign_in, open_card, shot):
    client = _client(api, phone=f"+44 7700 9{random.randrange(10**5):05d}")
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])

    page.get_by_role("tab", name="Messages").click()
    page.get_by_label("Message", exact=True).fill("See you on Friday")
    page.get_by_role("button", name="Send", exact=True).click()

    message = page.locator("#messages .message").first
    expect(message).to_contain_text("See you on Friday")
    status = message.locator(".status").get_attribute("data-status")
    assert status in {"queued", "pending", "sending", "sent", "delivered"}, status
    shot("message-sent")


def test_a_narrow_key_sees_no_tab_or_figure_of_the_sections_it_may_not_read(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    api.post(f"/clients/{client['id']}/balance/top-ups", json={"amount": {"amount": 1000, "currency": "GBP"}, "method": "cash"})
    sign_in(new_key(scopes=("clients:read",))["secret"])
    open_card(client["id"], client["last_name"])

    expect(page.get_by_role("tab", name="Notes")).to_be_visible()
    for hidden in ("Balance", "Invoices", "Loyalty", "Messages", "Files"):
        expect(page.get_by_role("tab", name=hidden)).to_have_count(0)
    expect(page.locator("#kpi-balance")).to_have_count(0)
    expect(page.locator(".notice.restricted")).to_contain_text("balance")
    expect(page.locator("#new-client")).to_be_hidden()
    page.get_by_role("tab", name="Notes").click()
    expect(page.get_by_role("button", name="Add note")).to_have_count(0)
    shot("narrow")


def test_a_422_appears_next_to_the_field_it_names(page, new_key, sign_in, shot):
    sign_in(new_key()["secret"])

    page.get_by_role("button", name="New client").click()
    page.get_by_label("First name").fill("Dora")
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_role("button", name="Create client").click()

    email = page.get_by_label("Email")
    expect(email).to_have_attribute("aria-invalid", "true")
    error_id = email.get_attribute("aria-describedby")
    expect(page.locator(f"#{error_id}")).not_to_be_empty()
    expect(page.get_by_label("First name")).not_to_have_attribute("aria-invalid", "true")
    shot("422")
