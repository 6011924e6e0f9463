"""Duplicates and merges over HTTP: preview, the survivor's card, the event, bad merges, and undo."""

import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa


def _client(api, **fields) -> dict:
    response = api.post("/clients", json={"first_name": "Dup", "last_name": uuid.uuid4().hex[:8], **fields})
    assert response.status_code == 201, response.text
    return response.json()


def _published(suite, event_type: str, merge_id: str) -> bool:
    engine = sa.create_engine(suite.databases["profile"])
    try:
        with engine.connect() as conn:
            return bool(
                conn.execute(
                    sa.text(
                        "SELECT 1 FROM outbox_events WHERE event_type = :t AND payload->>'merge_id' = :m "
                        "AND published_at IS NOT NULL"
                    ),
                    {"t": event_type, "m": merge_id},
                ).first()
            )
    finally:
        engine.dispose()


def test_a_likely_duplicate_is_suggested_by_phone(api):
    phone = f"07700 90{uuid.uuid4().int % 10000:04d}"
    me, twin = _client(api, phone=phone), _client(api, first_name="Other", phone=phone)
    response = api.get(f"/clients/{me['id']}/duplicates")
    assert response.status_code == 200, response.text
    items = {item["client"]["id"]: item["reasons"] for item in response.json()["items"]}
    assert "phone" in items[twin["id"]]


def test_after_a_merge_the_survivors_card_shows_the_duplicates_visits_and_notes(api, suite, wait_until):
    target = _client(api)
    source = _client(api, email=f"{uuid.uuid4().hex[:8]}@example.com")
    starts = (datetime.now(UTC) - timedelta(days=4)).isoformat()
    visit = api.post(f"/clients/{source['id']}/visits", json={"starts_at": starts, "status": "completed"}).json()
    note = api.post(f"/clients/{source['id']}/notes", json={"body": "Allergic to nuts", "kind": "alert"}).json()

    preview = api.post(f"/clients/{target['id']}/merge", json={"source_id": source["id"], "preview": True})
    assert preview.status_code == 200, preview.text
    assert preview.json()["moves"] == {"notes": 1, "visits": 1, "links": 0}
    assert preview.json()["fields"]["email"]["result"] == source["email"]
    assert api.get(f"/clients/{source['id']}").json()["status"] == "active"

    merged = api.post(f"/clients/{target['id']}/merge", json={"source_id": source["id"], "keep": {"first_name": "source"}})
    assert merged.status_code == 200, merged.text
    merge_id = merged.json()["merge"]["id"]

    card = api.get(f"/clients/{target['id']}/card").json()
    assert [v["id"] for v in card["visits"]["recent"]] == [visit["id"]]
    assert [a["id"] for a in card["alerts"]] == [note["id"]]
    assert card["summary"]["visits_count"] == 1
    assert card["client"]["email"] == source["email"]
    duplicate = api.get(f"/clients/{source['id']}").json()
    assert duplicate["status"] == "archived" and duplicate["merged_into_id"] == target["id"]

    def announced():
        assert _published(suite, "client_merged", merge_id)

    wait_until(announced)


def test_merging_into_itself_or_an_already_merged_client_is_refused_and_changes_nothing(api):
    client, other, third = _client(api), _client(api), _client(api)
    itself = api.post(f"/clients/{client['id']}/merge", json={"source_id": client["id"]})
    assert itself.status_code == 422
    assert itself.headers["Content-Type"] == "application/problem+json"

    assert api.post(f"/clients/{client['id']}/merge", json={"source_id": other["id"]}).status_code == 200
    again = api.post(f"/clients/{third['id']}/merge", json={"source_id": other["id"]})
    assert again.status_code == 409
    assert api.get(f"/clients/{third['id']}").json()["status"] == "active"
    assert api.post(f"/clients/{client['id']}/merge", json={"source_id": "nope"}).status_code == 422
    assert (
        api.post(f"/clients/{client['id']}/merge", json={"source_id": third["id"], "keep": {"id": "source"}}).status_code == 422
    )
    assert api.get(f"/clients/{third['id']}").json()["status"] == "active"


def test_an_undo_moves_the_visits_back_and_restores_the_duplicate(api, suite, wait_until):
    target, source = _client(api), _client(api)
    visit = api.post(
        f"/clients/{source['id']}/visits", json={"starts_at": (datetime.now(UTC) + timedelta(days=2)).isoformat()}
    ).json()
    merge_id = api.post(f"/clients/{target['id']}/merge", json={"source_id": source["id"]}).json()["merge"]["id"]

    undone = api.post(f"/merges/{merge_id}/undo")

    assert undone.status_code == 200, undone.text
    assert undone.json()["source"]["status"] == "active"
    assert [v["id"] for v in api.get(f"/clients/{source['id']}/visits").json()["items"]] == [visit["id"]]
    assert api.get(f"/clients/{target['id']}/visits").json()["items"] == []
    assert api.post(f"/merges/{merge_id}/undo").status_code == 409
    assert api.post(f"/merges/{uuid.uuid4()}/undo").status_code == 404

    def announced():
        assert _published(suite, "client_merge_undone", merge_id)

    wait_until(announced)


def _links(api, client_id: str) -> dict:
    return {link["client_id"]: link["relation"] for link in api.get(f"/clients/{client_id}").json()["linked_clients"]}


def test_a_merge_moves_family_links_without_doubles_and_the_undo_moves_them_back(api):
    target, partner, kid = _client(api), _client(api, first_name="Partner"), _client(api, first_name="Kid")
    api.patch(f"/clients/{target['id']}", json={"linked_clients": [{"client_id": partner["id"], "relation": "partner"}]})
    source = _client(
        api,
        linked_clients=[
            {"client_id": kid["id"], "relation": "child"},
            {"client_id": partner["id"], "relation": "partner"},
            {"client_id": target["id"], "relation": "sibling"},
        ],
    )

    merged = api.post(f"/clients/{target['id']}/merge", json={"source_id": source["id"]})

    assert merged.status_code == 200, merged.text
    assert merged.json()["moving"]["links"] == [kid["id"]]
    assert _links(api, target["id"]) == {partner["id"]: "partner", kid["id"]: "child"}
    assert _links(api, kid["id"]) == {target["id"]: "parent"}
    assert _links(api, source["id"]) == {}

    undone = api.post(f"/merges/{merged.json()['merge']['id']}/undo")

    assert undone.status_code == 200, undone.text
    assert _links(api, source["id"]) == {kid["id"]: "child", partner["id"]: "partner", target["id"]: "sibling"}
    assert _links(api, target["id"]) == {partner["id"]: "partner", source["id"]: "sibling"}
    assert _links(api, kid["id"]) == {source["id"]: "parent"}
