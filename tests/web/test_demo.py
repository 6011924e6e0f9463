"""`make demo` (scripts/demo.py) against the running suite: a chain a newcomer can open at once."""

import os
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]


def _demo(suite, *args):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--url", suite.base_url, "--clients", "10", "--seed", "7", *args],
        env={**os.environ, "CLIENTCARD_ADMIN_KEY": suite.admin_key},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    print(run.stdout)  # the seeding time and the key, in the report of a failing run
    return run


def test_the_demo_seeds_a_living_chain_and_prints_a_staff_key_that_opens_it(page, suite, api, sign_in, shot):
    run = _demo(suite)
    assert f"Staff page: {suite.base_url}/" in run.stdout
    secret = re.search(r"with this key \(shown once\): (\S+)", run.stdout).group(1)
    household = re.search(r"searching for “([^”]+)” \(a household\)", run.stdout).group(1)

    names = {item["name"] for item in api.get("/locations?limit=200").json()["items"]}
    assert {"Soho", "Shoreditch", "Brighton"} <= names
    [parent] = [
        c
        for c in api.get("/clients", params={"q": household, "limit": 50}).json()["items"]
        if api.get(f"/clients/{c['id']}").json().get("linked_clients")
    ][:1]
    card = api.get(f"/clients/{parent['id']}/card").json()
    assert card["summary"]["visits_count"] >= 1
    assert card["messages"]["recent"]
    assert [alert["body"] for alert in card["alerts"]]  # the import's alert column: the parent is the first row
    people = len(api.get("/clients", params={"q": household, "limit": 50}).json()["items"])

    again = _demo(suite)  # the same seed: the import finds every row by its external_id and adds no one
    assert "is loaded already" in again.stdout
    assert len(api.get("/clients", params={"q": household, "limit": 50}).json()["items"]) == people

    sign_in(secret)
    expect(page.locator("#me-name")).to_have_text("Sam Front Desk")
    page.locator("#q").fill(household)
    page.locator(f'#results [data-client-id="{parent["id"]}"]').click()
    expect(page.locator("#client-name")).to_contain_text(household)
    expect(page.locator("#tab-panel")).not_to_contain_text("Loading…")
    shot("demo-overview")
    page.get_by_role("tab", name="Visits").click()
    expect(page.locator("#tab-panel table").first).to_be_visible()
    shot("demo-card")
