"""The staff page in Debian's headless Chromium, driven by Playwright, against the integration suite.

Screenshots of each state land in $SUITE_LOG_DIR/web (default /tmp/clientcard-test-logs/web).
"""

import uuid

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.integration import conftest as integration
from tests.integration.conftest import LOGS, api, api_with_key  # noqa: F401  (the suite's fixtures)

CHROMIUM = "/usr/bin/chromium"
SHOTS = LOGS / "web"


def _running_integration_suite(request):
    """The suite tests/integration already started in this session (`make test` runs both folders), if any."""
    everything = getattr(request._fixturemanager, "_get_all_fixture_defs", lambda: ())  # pytest internals: else start one
    definitions = [definition for definition in everything() if definition.argname == "suite"]
    for definition in definitions:
        cached = getattr(definition, "cached_result", None)
        if definition.baseid.startswith("tests/integration") and cached is not None and cached[2] is None:
            return cached[0]
    return None


@pytest.fixture(scope="session")
def suite(request, migrated_database, test_amqp_uri, s3_endpoint):
    """One suite per session: reuse tests/integration's when it runs, else start one the same way."""
    running = _running_integration_suite(request)
    if running is not None:
        yield running
        return
    yield from integration.suite.__wrapped__(migrated_database, test_amqp_uri, s3_endpoint)


@pytest.fixture(scope="session")
def browser():
    # never `stop()`: under eventlet's monkey patching (the root conftest) stopping the driver hangs for
    # good; the driver leaves with this process anyway
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-background-networking"]
    )
    yield browser
    browser.close()


@pytest.fixture
def new_key(api):  # noqa: F811
    """Factory: a key of the staff member's own, named after them."""

    def create(name: str | None = None, scopes: tuple[str, ...] = ("*",), **body) -> dict:
        response = api.post("/api-keys", json={"name": name or f"Staff {uuid.uuid4().hex[:6]}", "scopes": list(scopes), **body})
        assert response.status_code == 201, response.text
        return response.json()

    return create


@pytest.fixture
def page(browser, suite) -> Page:  # noqa: F811
    context = browser.new_context(base_url=suite.base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def shot(request, page):
    """Save a screenshot of the page's current state, named after the test."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return lambda state: page.screenshot(path=SHOTS / f"{request.node.name}--{state}.png", full_page=True)


@pytest.fixture
def sign_in(page):
    def enter(secret: str) -> Page:
        page.goto("/")
        page.get_by_label("API key").fill(secret)
        page.get_by_role("button", name="Sign in").click()
        page.locator("#me-name").wait_for()
        return page

    return enter


@pytest.fixture
def open_card(page):
    def open_(client_id: str, query: str) -> Page:
        page.locator("#q").fill(query)
        page.locator(f'#results [data-client-id="{client_id}"]').click()
        page.locator("#card").wait_for()
        return page

    return open_
