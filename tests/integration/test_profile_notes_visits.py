"""Notes and visits over HTTP: clinical notes behind their scope, alerts on the card, visits by external_id."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest


@pytest.fixture(scope="module")
def plain_key(api):
    response = api.post("/api-keys", json={"name": "Front desk", "scopes": ["clients:read", "clients:write"]})
    assert response.status_code == 201, response.text
    return response.json()["secret"]


@pytest.fixture(scope="module")
def location_id(api):
    response = api.post("/locations", json={"name": f"Salon {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _at(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0).isoformat()


def test_notes_list_pinned_first_and_the_card_shows_alerts_flagged_until_acknowledged(api, client_id):
    plain = api.post(f"/clients/{client_id}/notes", json={"body": "Likes tea"})
    alert = api.post(f"/clients/{client_id}/notes", json={"body": "Allergic to latex", "kind": "alert"})
    pinned = api.post(f"/clients/{client_id}/notes", json={"body": "VIP, greet by name", "pinned": True})
    assert {plain.status_code, alert.status_code, pinned.status_code} == {201}, alert.text

    listed = api.get(f"/clients/{client_id}/notes").json()
    assert [n["body"] for n in listed["items"]] == ["VIP, greet by name", "Allergic to latex", "Likes tea"]
    assert listed["items"][0]["author"]["name"]
    card = api.get(f"/clients/{client_id}/card").json()
    assert [(a["body"], a["unacknowledged"]) for a in card["alerts"]] == [
        ("VIP, greet by name", True),
        ("Allergic to latex", True),
    ]

    acknowledged = api.post(f"/notes/{alert.json()['id']}/acknowledge", json={"staff": "Maria"})
    assert acknowledged.status_code == 200, acknowledged.text
    assert acknowledged.json()["acknowledged_by"]["name"] == "Maria"
    card = api.get(f"/clients/{client_id}/card").json()
    assert [a["unacknowledged"] for a in card["alerts"]] == [True, False]


def test_clinical_notes_are_hidden_from_and_refused_to_a_key_without_the_scope(api, api_with_key, plain_key, client_id):
    desk = api_with_key(plain_key)
    clinical = api.post(f"/clients/{client_id}/notes", json={"body": "Diagnosis", "kind": "clinical"})
    assert clinical.status_code == 201, clinical.text

    assert [n["kind"] for n in desk.get(f"/clients/{client_id}/notes").json()["items"]] == []
    assert [n["kind"] for n in api.get(f"/clients/{client_id}/notes").json()["items"]] == ["clinical"]
    refused = desk.post(f"/clients/{client_id}/notes", json={"body": "x", "kind": "clinical"})
    assert refused.status_code == 403
    assert refused.headers["Content-Type"] == "application/problem+json"
    assert desk.patch(f"/notes/{clinical.json()['id']}", json={"body": "changed"}).status_code == 403
    assert desk.delete(f"/notes/{clinical.json()['id']}").status_code == 403
    assert api.get(f"/clients/{client_id}/notes").json()["items"][0]["body"] == "Diagnosis"


def test_a_note_is_edited_and_deleted(api, client_id):
    note = api.post(f"/clients/{client_id}/notes", json={"body": "draft"}).json()
    patched = api.patch(f"/notes/{note['id']}", json={"body": "final", "pinned": True})
    assert patched.status_code == 200 and patched.json()["body"] == "final"
    assert api.delete(f"/notes/{note['id']}").status_code == 204
    assert api.get(f"/clients/{client_id}/notes").json()["items"] == []
    assert api.patch(f"/notes/{note['id']}", json={"body": "again"}).status_code == 404


def test_bad_notes_are_422_problems(api, client_id):
    assert api.post(f"/clients/{client_id}/notes", json={"body": "x", "kind": "secret"}).status_code == 422
    assert api.post(f"/clients/{client_id}/notes", json={}).status_code == 422
    assert api.get(f"/clients/{client_id}/notes?cursor=forged").status_code == 422
    assert api.get(f"/clients/{client_id}/notes").json()["items"] == []


def test_a_second_post_with_the_same_external_id_updates_the_visit(api, client_id, location_id):
    body = {
        "starts_at": _at(3),
        "service": "Cut",
        "staff": "Maria",
        "location_id": location_id,
        "external_id": f"booking-{uuid.uuid4().hex}",
        "price": {"amount": 4500, "currency": "GBP"},
    }
    first = api.post(f"/clients/{client_id}/visits", json=body)
    second = api.post(f"/clients/{client_id}/visits", json={**body, "service": "Cut and colour"})

    assert first.status_code == 201, first.text
    assert second.status_code == 200, second.text
    assert second.json()["id"] == first.json()["id"]
    visits = api.get(f"/clients/{client_id}/visits").json()["items"]
    assert [(v["service"], v["price"]) for v in visits] == [("Cut and colour", {"amount": 4500, "currency": "GBP"})]


def test_the_card_shows_upcoming_and_recent_visits_with_counts(api, client_id):
    done = api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(-7), "status": "completed"}).json()
    api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(-3), "status": "no_show"})
    upcoming = api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(5)}).json()
    cancelled = api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(9)}).json()
    assert api.patch(f"/visits/{cancelled['id']}", json={"status": "cancelled"}).json()["status"] == "cancelled"

    card = api.get(f"/clients/{client_id}/card").json()

    assert [v["id"] for v in card["visits"]["upcoming"]] == [upcoming["id"]]
    assert len(card["visits"]["recent"]) == 2
    assert card["summary"]["visits_count"] == 1
    assert card["summary"]["last_visit"]["id"] == done["id"]
    assert card["summary"]["next_visit"]["id"] == upcoming["id"]
    assert (card["summary"]["no_shows"], card["summary"]["cancellations"]) == (1, 1)


def test_a_visit_at_an_unknown_location_or_with_bad_fields_is_a_422(api, client_id):
    unknown = api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(1), "location_id": str(uuid.uuid4())})
    assert unknown.status_code == 422
    assert "location_id" in unknown.json()["errors"]
    assert api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(1), "status": "maybe"}).status_code == 422
    assert api.post(f"/clients/{client_id}/visits", json={"starts_at": _at(2), "ends_at": _at(1)}).status_code == 422
    assert api.get(f"/clients/{client_id}/visits").json()["items"] == []
    assert api.patch(f"/visits/{uuid.uuid4()}", json={"comment": "x"}).status_code == 404


def test_a_key_limited_to_one_location_cannot_book_at_another(api, api_with_key, location_id):
    client_id = api.post("/clients", json={"first_name": "Branch", "home_location_id": location_id}).json()["id"]
    other = api.post("/locations", json={"name": f"Other {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()
    key = api.post(
        "/api-keys", json={"name": "Branch", "scopes": ["clients:read", "clients:write"], "location_ids": [location_id]}
    ).json()["secret"]
    branch = api_with_key(key)

    assert branch.post(f"/clients/{client_id}/visits", json={"starts_at": _at(1), "location_id": other["id"]}).status_code == 403
    booked = branch.post(f"/clients/{client_id}/visits", json={"starts_at": _at(1), "location_id": location_id})
    assert booked.status_code == 201, booked.text
    assert [v["location_id"] for v in api.get(f"/clients/{client_id}/visits").json()["items"]] == [location_id]


def _location(api, **fields) -> dict:
    response = api.post("/locations", json={"name": f"Visits {uuid.uuid4().hex[:6]}", "timezone": "Europe/London", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def _closed_location(api) -> dict:
    location = _location(api)
    response = api.patch(f"/locations/{location['id']}", json={"active": False})
    assert response.status_code == 200 and response.json()["active"] is False, response.text
    return location


def test_a_visit_at_an_inactive_location_is_a_422(api, client_id):
    closed, open_location = _closed_location(api), _location(api)
    starts = (datetime.now(UTC) + timedelta(days=3)).isoformat()

    booked = api.post(f"/clients/{client_id}/visits", json={"starts_at": starts, "location_id": closed["id"]})
    visit = api.post(f"/clients/{client_id}/visits", json={"starts_at": starts, "location_id": open_location["id"]})
    moved = api.patch(f"/visits/{visit.json()['id']}", json={"location_id": closed["id"]})

    assert booked.status_code == 422 and "location_id" in booked.json()["errors"], booked.text
    assert moved.status_code == 422 and "location_id" in moved.json()["errors"], moved.text
    assert [v["location_id"] for v in api.get(f"/clients/{client_id}/visits").json()["items"]] == [open_location["id"]]
