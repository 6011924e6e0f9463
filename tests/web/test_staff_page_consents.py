"""Consents in a real browser: a form's free-text answers and ticks, a drawn signature, the signed list."""

import uuid

from playwright.sync_api import expect


def _client(api):
    response = api.post("/clients", json={"first_name": "Cora", "last_name": f"Consent{uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()


def _template(api, title):
    response = api.post(
        "/consent-templates",
        json={
            "title": title,
            "body": "Chemical peels can redden the skin for a few days.",
            "fields": [
                {"key": "allergies", "label": "Known allergies", "required": True},
                {"key": "medication", "label": "Current medication"},
            ],
            "checkboxes": [{"key": "risks", "label": "I understand the risks", "required": True}],
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def _draw(page):
    page.locator("canvas.signature").scroll_into_view_if_needed()  # the mouse draws where the screen shows it
    box = page.locator("canvas.signature").bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + 60)
    page.mouse.down()
    for step in range(1, 12):
        page.mouse.move(box["x"] + 20 + step * 25, box["y"] + 60 + (-1) ** step * 25)
    page.mouse.up()


def test_a_consent_is_signed_with_free_text_answers_and_listed(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    title = f"Chemical peel {uuid.uuid4().hex[:6]}"
    _template(api, title)
    sign_in(new_key(name="Nina Nurse")["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Consents").click()
    page.locator("#consent-template").select_option(label=title)

    expect(page.locator("#consent-signing")).to_contain_text("Chemical peels can redden the skin")
    page.get_by_role("button", name="Sign", exact=True).click()  # nothing drawn
    expect(page.locator("#signature-error")).not_to_be_empty()
    _draw(page)
    page.get_by_role("button", name="Sign", exact=True).click()  # nothing answered
    allergies = page.get_by_label("Known allergies")
    expect(allergies).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{allergies.get_attribute('aria-describedby')}")).to_contain_text("Required")
    expect(page.locator("#signature-error")).to_be_empty()
    assert api.get(f"/clients/{client['id']}/consents").json()["items"] == []
    shot("consent-errors")

    allergies.fill("Latex")
    page.get_by_label("Current medication").fill("None")
    page.get_by_label("I understand the risks").check()
    page.get_by_role("button", name="Sign", exact=True).click()

    signed = page.locator("#consents tr", has_text=title)
    expect(signed).to_contain_text("Latex")
    expect(signed).to_contain_text("valid")
    [consent] = api.get(f"/clients/{client['id']}/consents").json()["items"]
    assert consent["answers"] == {"allergies": "Latex", "medication": "None", "risks": True}
    assert consent["signer_name"] == f"Cora {client['last_name']}"
    shot("consent-signed")


def test_a_signer_who_cannot_draw_signs_with_the_typed_name_by_keyboard(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    title = f"Photo release {uuid.uuid4().hex[:6]}"
    response = api.post("/consent-templates", json={"title": title, "body": "Photos of my treatment may be kept."})
    assert response.status_code == 201, response.text
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Consents").click()
    page.locator("#consent-template").select_option(label=title)

    page.get_by_role("button", name="Sign with the typed name").focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Sign", exact=True).focus()
    page.keyboard.press("Enter")

    expect(page.locator("#consents tr", has_text=title)).to_contain_text("valid")
    shot("typed-signature")


def test_a_drawn_signature_and_the_answers_stay_when_an_acknowledged_alert_redraws_the_card(
    page, api, new_key, sign_in, open_card, shot
):
    client = _client(api)
    alert = api.post(f"/clients/{client['id']}/notes", json={"body": "Sensitive skin", "kind": "alert"})
    assert alert.status_code == 201, alert.text
    title = f"Laser {uuid.uuid4().hex[:6]}"
    _template(api, title)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Consents").click()
    page.locator("#consent-template").select_option(label=title)
    _draw(page)
    page.get_by_label("Known allergies").fill("Latex")
    page.get_by_label("I understand the risks").check()

    page.locator(".alert").get_by_role("button", name="Acknowledge").click()

    expect(page.locator(".alert")).to_have_count(0)  # the card was redrawn
    expect(page.get_by_label("Known allergies")).to_have_value("Latex")
    shot("signature-kept")
    page.get_by_role("button", name="Sign", exact=True).click()  # nothing drawn again

    expect(page.locator("#consents tr", has_text=title)).to_contain_text("valid")  # a lost drawing: "draw a signature"
    [consent] = api.get(f"/clients/{client['id']}/consents").json()["items"]
    assert consent["answers"]["allergies"] == "Latex"
