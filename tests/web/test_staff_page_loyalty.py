"""The Loyalty tab's actions in a real browser: gift cards, memberships, credit packs, and scopes that hide them."""

import uuid

from playwright.sync_api import expect


def _client(api):
    response = api.post("/clients", json={"first_name": "Lola", "last_name": f"Loyal{uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()


def _issue(api, client_id, **body):
    response = api.post(f"/clients/{client_id}/loyalty-cards", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def _loyalty(api, client_id):
    return api.get(f"/clients/{client_id}/loyalty").json()


def test_a_gift_card_is_sold_and_looked_up_by_its_code(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    code = f"GIFT-{uuid.uuid4().hex[:8].upper()}"
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()

    page.locator("#loyalty-issue summary").click()
    gift = page.get_by_role("form", name="Gift card", exact=True)
    gift.get_by_label("Value").fill("40")
    gift.get_by_label("Code").fill(code)
    gift.get_by_role("button", name="Issue gift card").click()

    expect(page.locator("#gift-cards")).to_contain_text(code)
    expect(page.locator("#gift-cards")).to_contain_text("40.00")
    page.get_by_label("Gift card code").fill(code)
    page.get_by_role("button", name="Check", exact=True).click()
    expect(page.locator("#gift-card-result")).to_contain_text("40.00 left")
    assert [card["code"] for card in _loyalty(api, client["id"])["gift_cards"]] == [code]
    shot("gift-card")


def test_a_membership_is_frozen_renewed_and_cancelled_from_the_tab(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    membership = _issue(
        api,
        client["id"],
        type="membership",
        plan="Unlimited yoga",
        price={"amount": 6000, "currency": "GBP"},
        next_payment_on="2030-01-15",
    )
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()

    row = page.locator("#memberships tr", has_text="Unlimited yoga")
    row.get_by_role("button", name="Renew").click()
    expect(page.locator("#memberships")).not_to_contain_text("15 Jan 2030")  # a period on
    row = page.locator("#memberships tr", has_text="Unlimited yoga")
    expect(row).not_to_contain_text("15 Jan 2030")  # the renewed row itself, not a tab still loading
    row.get_by_role("button", name="Freeze").first.click()
    row.get_by_label("Until").fill("2029-12-31")
    row.get_by_role("button", name="Freeze", exact=True).last.click()
    expect(page.locator("#memberships tr", has_text="Unlimited yoga")).to_contain_text("frozen")
    shot("membership-frozen")
    page.locator("#memberships tr", has_text="Unlimited yoga").get_by_role("button", name="Cancel membership").click()
    expect(page.locator("#memberships tr", has_text="Unlimited yoga")).to_contain_text("cancelled")

    stored = next(item for item in _loyalty(api, client["id"])["memberships"] if item["id"] == membership["id"])
    assert stored["status"] == "cancelled"
    assert stored["next_payment_on"] != "2030-01-15" or stored["next_payment_on"] is None


def test_a_credit_pack_is_sold_used_and_topped_up(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    sign_in(new_key()["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()

    page.locator("#loyalty-issue summary").click()
    pack = page.get_by_role("form", name="Credit pack", exact=True)
    pack.get_by_label("Service").fill("Massage 60")
    pack.get_by_label("Sessions").fill("5")
    pack.get_by_role("button", name="Issue credit pack").click()
    expect(page.locator("#credit-packs .credits-left")).to_have_text("5 of 5")

    page.locator("#credit-packs").get_by_role("button", name="Use one session").click()
    expect(page.locator("#credit-packs .credits-left")).to_contain_text("4 of")
    page.locator("#credit-packs").get_by_role("button", name="Grant sessions").click()
    page.locator("#credit-packs").get_by_label("Sessions to add").fill("2")
    page.locator("#credit-packs").get_by_label("Reason").fill("Apology for a late start")
    page.locator("#credit-packs").get_by_role("button", name="Grant", exact=True).click()
    expect(page.locator("#credit-packs .credits-left")).to_contain_text("6 of")
    assert _loyalty(api, client["id"])["credits"][0]["credits_remaining"] == 6
    shot("credit-pack")


def test_a_key_without_write_or_adjust_sees_no_action_it_cannot_take(page, api, new_key, sign_in, open_card, shot):
    client = _client(api)
    _issue(api, client["id"], type="loyalty")
    _issue(api, client["id"], type="credit_pack", service="Facial", credits=3)
    _issue(
        api,
        client["id"],
        type="membership",
        plan="Monthly",
        price={"amount": 3000, "currency": "GBP"},
        next_payment_on="2030-02-01",
    )

    sign_in(new_key(scopes=("clients:read", "loyalty:read"))["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()
    expect(page.locator("#credit-packs")).to_contain_text("Facial")
    expect(page.locator("#loyalty-issue")).to_have_count(0)
    expect(page.get_by_role("button", name="Use one session")).to_have_count(0)
    expect(page.get_by_role("button", name="Freeze")).to_have_count(0)
    expect(page.get_by_role("button", name="Adjust points")).to_have_count(0)
    expect(page.get_by_role("button", name="Check", exact=True)).to_be_visible()
    shot("read-only")

    page.evaluate("sessionStorage.clear()")
    sign_in(new_key(scopes=("clients:read", "loyalty:read", "loyalty:write"))["secret"])
    open_card(client["id"], client["last_name"])
    page.get_by_role("tab", name="Loyalty").click()
    expect(page.get_by_role("button", name="Use one session")).to_be_visible()
    expect(page.get_by_role("button", name="Grant sessions")).to_have_count(0)
    expect(page.get_by_role("button", name="Adjust points")).to_have_count(0)
    expect(page.get_by_role("button", name="Redeem points")).to_be_visible()
    shot("write-without-adjust")
