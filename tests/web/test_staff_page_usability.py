"""The staff page for everyone: axe-core finds no serious or critical violation on search, the card and
every tab; on a phone (390x844) search and the card work without scrolling sideways."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.web.conftest import SHOTS
from tests.web.filled_client import filled_client

SERIOUS = {"serious", "critical"}
TABS = ("Overview", "Profile", "Notes", "Visits", "Balance", "Invoices", "Loyalty", "Messages", "Files", "Consents")


def _serious_violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [
        f"{item['id']} ({item['impact']}): {item['help']} at {[node['target'] for node in item['nodes']][:3]}"
        for item in found
        if item["impact"] in SERIOUS
    ]


def _open(page, client):
    page.locator("#q").fill(client["last_name"])
    page.locator(f'#results [data-client-id="{client["id"]}"]').click()
    page.locator("#card").wait_for()


def _tab(page, name):
    page.get_by_role("tab", name=name).click()
    expect(page.locator("#tab-panel")).not_to_contain_text("Loading…")


def test_axe_finds_no_serious_violation_on_search_the_card_or_any_tab(page, api, new_key, sign_in, shot):
    client = filled_client(api)
    twin = api.post("/clients", json={"first_name": "Fiona", "last_name": client["last_name"], "phone": client["phone"]})
    assert twin.status_code == 201, twin.text
    page.goto("/")
    problems = {"sign-in": _serious_violations(page)}
    sign_in(new_key(name="Ada Access")["secret"])
    page.locator("#q").fill(client["last_name"])
    page.locator(f'#results [data-client-id="{client["id"]}"]').wait_for()
    problems["search"] = _serious_violations(page)
    page.locator(f'#results [data-client-id="{client["id"]}"]').click()
    page.locator("#card").wait_for()
    expect(page.locator(".alert").first).to_be_visible()
    problems["card"] = _serious_violations(page)
    for name in TABS:
        _tab(page, name)
        problems[name] = _serious_violations(page)
    _tab(page, "Loyalty")
    page.locator("#loyalty-issue summary").click()
    problems["loyalty forms"] = _serious_violations(page)
    page.locator(f'#duplicates [data-duplicate-id="{twin.json()["id"]}"]').get_by_role("button").click()
    page.locator("#merge-preview").wait_for()
    problems["merge preview"] = _serious_violations(page)
    shot("merge-preview")

    assert {state: found for state, found in problems.items() if found} == {}


@pytest.fixture
def phone(browser, suite):
    context = browser.new_context(
        base_url=suite.base_url, viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def _sideways_scroll(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_on_a_phone_search_and_the_card_fit_the_screen(phone, api, new_key):
    client = filled_client(api)
    SHOTS.mkdir(parents=True, exist_ok=True)
    phone.goto("/")
    phone.get_by_label("API key").fill(new_key(name="Pat Phone")["secret"])
    phone.get_by_role("button", name="Sign in").click()
    phone.locator("#me-name").wait_for()

    phone.locator("#q").fill(client["last_name"])
    result = phone.locator(f'#results [data-client-id="{client["id"]}"]')
    expect(result).to_be_visible()
    assert _sideways_scroll(phone) <= 0
    phone.screenshot(path=SHOTS / "phone--search.png")
    result.tap()
    phone.locator("#card").wait_for()
    expect(phone.locator("#client-name")).to_be_in_viewport()
    expect(phone.locator("#kpi-balance")).to_be_visible()
    phone.screenshot(path=SHOTS / "phone--card.png", full_page=True)
    wide = {}
    for name in TABS:
        tab = phone.get_by_role("tab", name=name)
        tab.scroll_into_view_if_needed()
        tab.tap()
        expect(phone.locator("#tab-panel")).not_to_contain_text("Loading…")
        if _sideways_scroll(phone) > 0:
            wide[name] = _sideways_scroll(phone)
        phone.screenshot(path=SHOTS / f"phone--{name.lower()}.png", full_page=True)
    assert wide == {}


def test_the_check_itself_catches_a_serious_violation(browser):
    page = browser.new_page()
    page.set_content('<html lang="en"><title>t</title><main><input type="text"><img src="x.png"></main></html>')
    found = _serious_violations(page)
    page.close()
    assert any(item.startswith("label ") for item in found) and any(item.startswith("image-alt ") for item in found), found
