"""Signed and withdrawn consents in the client's timeline (for keys with files:medical, as on the card), and
the consent lists paged by cursor with the API's list conventions."""

from __future__ import annotations

import base64
import io
import uuid

import pytest
from PIL import Image


def signature() -> str:
    drawn = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(drawn, "PNG")
    return base64.b64encode(drawn.getvalue()).decode()


SIGNATURE = signature()


def template(api, title: str) -> dict:
    response = api.post("/consent-templates", json={"title": title, "body": "Risks", "services": ["Peel"]})
    assert response.status_code == 201, response.text
    return response.json()


def sign(api, client_id: str, form: dict, signed_at: str | None = None) -> dict:
    response = api.post(
        f"/clients/{client_id}/consents",
        json={
            "template_id": form["id"],
            "signer_name": "Ann Client",
            "signature_base64": SIGNATURE,
            **({"signed_at": signed_at} if signed_at else {}),
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def walk(api, path: str, limit: int = 2) -> list[list[dict]]:
    """Every page of a list, following `next_cursor` to its end."""
    pages, cursor = [], None
    while True:
        separator = "&" if "?" in path else "?"
        response = api.get(f"{path}{separator}limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= limit
        pages.append(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return pages


@pytest.fixture
def form(api) -> dict:
    return template(api, f"Peel consent {uuid.uuid4().hex[:6]}")


def test_signed_and_withdrawn_consents_show_in_the_timeline_with_links_to_the_consent(api, client_id, form):
    first = sign(api, client_id, form, signed_at="2026-01-10T09:00:00+00:00")
    second = sign(api, client_id, form, signed_at="2026-02-10T09:00:00+00:00")
    assert api.post(f"/consents/{first['id']}/withdraw", json={"reason": "Changed her mind"}).status_code == 200

    items = api.get(f"/clients/{client_id}/timeline?kind=consent").json()["items"]

    title = f"{form['title']} v1"
    assert [item["summary"] for item in items] == [
        f"Consent withdrawn: {title}",
        f"Consent signed: {title}",
        f"Consent signed: {title}",
    ]
    assert [item["source"]["id"] for item in items] == [first["id"], second["id"], first["id"]]
    assert [item["link"] for item in items] == [f"/api/v1/consents/{c['id']}" for c in (first, second, first)]
    assert len({item["id"] for item in items}) == 3  # the withdrawal is an item of its own
    assert {item["source"]["service"] for item in items} == {"files"}
    everything = api.get(f"/clients/{client_id}/timeline?limit=200").json()["items"]
    assert [item for item in everything if item["kind"] == "file"] == []  # the signed PDFs show as the consents
    reads = api.get(f"/clients/{client_id}/sensitive-reads").json()["items"]
    assert any(read["route"].endswith("/timeline") and read["kind"] == "medical_file" for read in reads)


def test_a_key_without_files_medical_sees_no_consents_in_the_timeline(api, api_with_key, client_id, form):
    sign(api, client_id, form)
    desk = api_with_key(api.post("/api-keys", json={"name": "Desk", "scopes": ["clients:read", "files:read"]}).json()["secret"])

    page = desk.get(f"/clients/{client_id}/timeline").json()

    assert [item for item in page["items"] if item["kind"] in ("consent", "file")] == []
    assert "consent" in page["restricted_kinds"]


def test_a_clients_consents_page_by_cursor_to_the_end(api, client_id, form):
    signed = [sign(api, client_id, form, signed_at=f"2026-03-0{day}T09:00:00+00:00")["id"] for day in range(1, 6)]

    pages = walk(api, f"/clients/{client_id}/consents")

    assert [len(page) for page in pages] == [2, 2, 1]
    assert [consent["id"] for page in pages for consent in page] == list(reversed(signed))  # newest first
    bad = api.get(f"/clients/{client_id}/consents?cursor=not-ours")
    assert bad.status_code == 422 and "cursor" in bad.json()["errors"]
    assert api.get(f"/clients/{client_id}/consents?limit=0").status_code == 422


def test_consent_templates_page_by_cursor_to_the_end_each_once_by_title(api):
    prefix = f"Paged {uuid.uuid4().hex[:6]}"
    mine = {template(api, f"{prefix} {letter}")["id"]: letter for letter in "edcba"}
    revised = next(id_ for id_, letter in mine.items() if letter == "b")
    changed = api.put(f"/consent-templates/{revised}", json={"title": f"{prefix} z", "body": "New wording", "services": ["Peel"]})
    assert changed.status_code == 200 and changed.json()["version"] == 2

    pages = walk(api, "/consent-templates")

    listed = [item for page in pages for item in page]
    assert all(len(page) == 2 for page in pages[:-1]) and 1 <= len(pages[-1]) <= 2
    assert len({item["id"] for item in listed}) == len(listed)  # each form once, at its latest version
    ours = [(item["title"], item["version"]) for item in listed if item["id"] in mine]
    assert ours == [(f"{prefix} a", 1), (f"{prefix} c", 1), (f"{prefix} d", 1), (f"{prefix} e", 1), (f"{prefix} z", 2)]
    for cursor in ("not-ours", base64.urlsafe_b64encode(f'["a\\u0000b", "{uuid.uuid4()}"]'.encode()).decode()):
        bad = api.get(f"/consent-templates?cursor={cursor}")
        assert bad.status_code == 422 and "cursor" in bad.json()["errors"], bad.text
