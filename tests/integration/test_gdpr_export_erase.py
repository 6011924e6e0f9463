"""GDPR: the export holds what the API shows, field by field, within the key's access rules; an erasure
anonymises the client in every service (health records sealed), reports progress per service, finishes for
a service that was down, and closes the client to writes everywhere (409); restriction shows on the card."""

from __future__ import annotations

import io
import uuid

import pytest
from PIL import Image


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 80)).save(buffer, format="PNG")
    return buffer.getvalue()


def new_client(api, **extra) -> str:
    response = api.post(
        "/clients",
        json={
            "first_name": "Gail",
            "last_name": f"Dpr {uuid.uuid4().hex[:6]}",
            "email": f"g{uuid.uuid4().hex[:8]}@example.com",
            "phone": f"07700 9{uuid.uuid4().int % 10**5:05d}",
            **extra,
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


@pytest.fixture
def full_client(api, wait_until):
    """A client with something in every service, points included."""
    client_id = new_client(api)
    assert api.post(f"/clients/{client_id}/notes", json={"body": "Likes tea", "kind": "general"}).status_code == 201
    assert api.post(f"/clients/{client_id}/notes", json={"body": "Allergic to latex", "kind": "clinical"}).status_code == 201
    assert api.post(
        f"/clients/{client_id}/visits",
        json={
            "starts_at": "2026-03-01T10:00:00+00:00",
            "service": "Facial",
            "staff": "Bo",
            "status": "completed",
            "comment": "Asked about peels",
        },
    ).status_code in (200, 201)
    invoice = api.post(
        f"/clients/{client_id}/invoices", json={"lines": [{"description": "Facial", "kind": "service", "unit_price": gbp(4000)}]}
    ).json()
    assert api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(4000), "method": "card"}).status_code == 201
    assert api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(700), "method": "cash"}).status_code == 201
    assert (
        api.post(
            f"/clients/{client_id}/cards",
            json={
                "token": f"tok_{uuid.uuid4().hex}",
                "brand": "visa",
                "last4": "4242",
                "exp_month": 1,
                "exp_year": 2031,
            },
        ).status_code
        == 201
    )
    message = api.post(f"/clients/{client_id}/messages", json={"channel": "email", "subject": "Hi", "body": "Dear Gail"})
    assert message.status_code == 201, message.text
    stored = api.post(f"/clients/{client_id}/files", files={"file": ("face.png", png(), "image/png")}, data={"kind": "photo"})
    assert stored.status_code == 201, stored.text

    def points_arrived():
        assert api.get(f"/clients/{client_id}/loyalty").json()["points"] > 0

    wait_until(points_arrived, timeout=20)
    return {"id": client_id, "invoice_id": invoice["id"], "file_id": stored.json()["id"], "message_id": message.json()["id"]}


def by_id(items: list[dict]) -> dict:
    return {item["id"]: item for item in items}


def test_the_export_holds_what_the_api_shows_field_by_field(api, full_client):
    client_id = full_client["id"]

    response = api.get(f"/clients/{client_id}/export")

    assert response.status_code == 200, response.text
    export = response.json()
    assert export["restricted_sections"] == []
    assert export["profile"]["client"] == api.get(f"/clients/{client_id}").json()
    notes = api.get(f"/clients/{client_id}/notes?include_clinical=true").json()["items"]
    assert by_id(export["profile"]["notes"]) == by_id(notes) and len(notes) == 2
    assert by_id(export["profile"]["visits"]) == by_id(api.get(f"/clients/{client_id}/visits").json()["items"])
    assert export["profile"]["audit"] == api.get(f"/clients/{client_id}/audit?limit=200").json()["items"]
    assert export["billing"]["invoices"] == api.get(f"/clients/{client_id}/invoices").json()["items"]
    balance = api.get(f"/clients/{client_id}/balance?limit=200").json()
    assert {key: export["billing"]["account"][key] for key in balance} == balance
    assert [card["last4"] for card in export["billing"]["cards"]] == ["4242"]
    assert export["loyalty"] == api.get(f"/clients/{client_id}/loyalty").json()
    assert export["messaging"]["messages"] == api.get(f"/clients/{client_id}/messages").json()["items"]
    assert export["messaging"]["notification_preferences"] == api.get(f"/clients/{client_id}/notification-preferences").json()
    [exported_file] = export["files"]["files"]
    shown = api.get(f"/files/{full_client['file_id']}").json()
    assert {key: value for key, value in exported_file.items() if key != "download_url"} == {
        key: value for key, value in shown.items() if key != "download_url"
    }
    assert exported_file["download_url"]
    reads = api.get(f"/clients/{client_id}/sensitive-reads").json()["items"]
    assert any(read["kind"] == "clinical_note" and read["route"].endswith("/export") for read in reads)


def test_an_export_follows_the_keys_scopes_and_locations(api, api_with_key, full_client):
    narrow = api.post("/api-keys", json={"name": "Exporter", "scopes": ["clients:export", "clients:read"]}).json()
    export = api_with_key(narrow["secret"]).get(f"/clients/{full_client['id']}/export").json()

    assert export["billing"] is export["loyalty"] is export["messaging"] is export["files"] is None
    assert set(export["restricted_sections"]) == {"billing", "loyalty", "messaging", "files"}
    assert [note["kind"] for note in export["profile"]["notes"]] == ["general"]  # no notes:clinical

    reader = api.post("/api-keys", json={"name": "Reader", "scopes": ["clients:read"]}).json()
    assert api_with_key(reader["secret"]).get(f"/clients/{full_client['id']}/export").status_code == 403
    location = api.post("/locations", json={"name": f"GDPR {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    limited = api.post(
        "/api-keys", json={"name": "Desk", "scopes": ["clients:export", "clients:read"], "location_ids": [location.json()["id"]]}
    ).json()
    assert api_with_key(limited["secret"]).get(f"/clients/{full_client['id']}/export").status_code == 404


def erase(api, client_id: str, reason: str = "The client asked (art. 17)") -> dict:
    response = api.post(f"/clients/{client_id}/erase", json={"reason": reason})
    assert response.status_code == 202, response.text
    return response.json()


def completed(api, erasure_id: str) -> dict:
    erasure = api.get(f"/erasures/{erasure_id}").json()
    assert erasure["status"] == "completed", erasure
    return erasure


def test_an_erasure_anonymises_the_client_in_every_service_and_reports_each(api, full_client, wait_until):
    client_id = full_client["id"]
    assert api.get(f"/clients/{client_id}/card").status_code == 200  # cached, to be dropped

    erasure = erase(api, client_id)

    assert erasure["status"] == "in_progress" and erasure["services"]["profile"]["status"] == "done"
    assert set(erasure["services"]) == {"profile", "billing", "loyalty", "messaging", "files"}
    done = wait_until(lambda: completed(api, erasure["id"]), timeout=30)
    assert all(part["status"] == "done" for part in done["services"].values())
    record = api.get(f"/clients/{client_id}").json()
    assert record["status"] == "erased" and record["email"] is None and record["phone"] is None
    assert "Gail" not in api.get(f"/clients/{client_id}/card").text
    messages = api.get(f"/clients/{client_id}/messages").json()["items"]
    assert full_client["message_id"] in {message["id"] for message in messages}
    assert all(message["body"] in ("", None) and message["subject"] is None for message in messages)
    assert api.get(f"/files/{full_client['file_id']}").status_code == 404
    assert api.get(f"/clients/{client_id}/cards").json()["items"] == []
    invoice = api.get(f"/invoices/{full_client['invoice_id']}")
    assert invoice.status_code == 200 and invoice.json()["total"] == gbp(4000)  # the books stay
    assert api.get(f"/clients/{client_id}/notes?include_clinical=true").json()["items"] == []
    assert erase(api, client_id)["id"] == erasure["id"]  # asking again answers the same erasure


def test_writes_to_an_erased_client_answer_409_in_every_service(api, full_client, wait_until):
    client_id = full_client["id"]
    erasure = erase(api, client_id)
    wait_until(lambda: completed(api, erasure["id"]), timeout=30)

    answers = {
        "profile": api.patch(f"/clients/{client_id}", json={"first_name": "Back"}),
        "notes": api.post(f"/clients/{client_id}/notes", json={"body": "x", "kind": "general"}),
        "billing": api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(100), "method": "cash"}),
        "invoices": api.post(
            f"/clients/{client_id}/invoices", json={"lines": [{"description": "Gel", "kind": "product", "unit_price": gbp(100)}]}
        ),
        "loyalty": api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "credit_pack", "service": "Yoga", "credits": 2}),
        "merge": api.post(f"/clients/{new_client(api)}/merge", json={"source_id": client_id}),
    }

    assert {name: answer.status_code for name, answer in answers.items()} == dict.fromkeys(answers, 409)
    assert all(answer.json()["detail"] for answer in answers.values())


def test_writes_to_a_merged_away_client_answer_409_in_billing_and_loyalty(api, wait_until):
    survivor, duplicate = new_client(api), new_client(api)
    merge = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate})
    assert merge.status_code in (200, 201), merge.text

    def refused(path, body):
        response = api.post(path, json=body)
        assert response.status_code == 409, response.text
        assert survivor in response.json()["detail"]

    wait_until(lambda: refused(f"/clients/{duplicate}/balance/top-ups", {"amount": gbp(100), "method": "cash"}), 20)
    wait_until(
        lambda: refused(f"/clients/{duplicate}/loyalty-cards", {"type": "credit_pack", "service": "Yoga", "credits": 2}), 20
    )
    assert api.post(f"/clients/{survivor}/balance/top-ups", json={"amount": gbp(100), "method": "cash"}).status_code == 201


def test_clinical_notes_stay_sealed_for_admins_exports_only(api, api_with_key, full_client, wait_until):
    client_id = full_client["id"]
    erase(api, client_id)

    sealed = api.get(f"/clients/{client_id}/export").json()["profile"]["sealed"]
    assert [(record["kind"], record["data"]["body"]) for record in sealed] == [("clinical_note", "Allergic to latex")]
    assert sealed[0]["delete_after"][:4] == str(int(sealed[0]["sealed_at"][:4]) + 8)
    clinician = api.post(
        "/api-keys", json={"name": "Clinician", "scopes": ["clients:export", "clients:read", "notes:clinical"]}
    ).json()
    export = api_with_key(clinician["secret"]).get(f"/clients/{client_id}/export").json()
    assert export["profile"]["sealed"] == [] and export["profile"]["notes"] == []


def test_a_service_that_was_down_finishes_its_part_when_it_is_back(suite, api, full_client, wait_until):
    suite.stop("billing")
    try:
        erasure = erase(api, full_client["id"])

        def others_done():
            services = api.get(f"/erasures/{erasure['id']}").json()["services"]
            assert {name for name, part in services.items() if part["status"] == "done"} == {
                "profile",
                "loyalty",
                "messaging",
                "files",
            }
            return services

        assert wait_until(others_done, timeout=30)["billing"]["status"] == "pending"
    finally:
        suite.start("billing")
    done = wait_until(lambda: completed(api, erasure["id"]), timeout=60)
    assert done["services"]["billing"]["status"] == "done"
    assert api.get(f"/clients/{full_client['id']}/cards").json()["items"] == []


def test_an_erasure_needs_a_reason_and_the_erase_scope(api, api_with_key):
    client_id = new_client(api)

    no_reason = api.post(f"/clients/{client_id}/erase", json={})
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["errors"]
    key = api.post("/api-keys", json={"name": "Desk", "scopes": ["clients:read", "clients:write"]}).json()
    assert api_with_key(key["secret"]).post(f"/clients/{client_id}/erase", json={"reason": "x" * 5}).status_code == 403
    assert api.get(f"/erasures/{uuid.uuid4()}").status_code == 404
    assert api.get(f"/clients/{client_id}").json()["status"] == "active"


def test_a_restricted_client_shows_it_on_the_card(api, wait_until):
    client_id = new_client(api)
    assert api.get(f"/clients/{client_id}/card").json()["client"]["restricted"] is False

    assert api.patch(f"/clients/{client_id}", json={"restricted": True}).status_code == 200

    assert api.get(f"/clients/{client_id}/card").json()["client"]["restricted"] is True
