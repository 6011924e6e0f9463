"""Loyalty through the gateway: location-limited keys, odd characters, parallel retries, If-Match on the program."""

import uuid
from concurrent.futures import ThreadPoolExecutor


def _location(api) -> dict:
    response = api.post("/locations", json={"name": f"Loyalty {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    assert response.status_code == 201, response.text
    return response.json()


def _client_at(api, location_id: str) -> str:
    response = api.post(
        "/clients", json={"first_name": "Limited", "last_name": uuid.uuid4().hex[:6], "home_location_id": location_id}
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_a_location_limited_key_cannot_reach_the_loyalty_of_another_locations_client(api, api_with_key):
    mine, other = _location(api), _location(api)
    own_client, foreign_client = _client_at(api, mine["id"]), _client_at(api, other["id"])
    foreign_card = api.post(f"/clients/{foreign_client}/loyalty-cards", json={"type": "loyalty"}).json()["id"]
    api.post(f"/loyalty-cards/{foreign_card}/adjustments", json={"points": 100, "reason": "seed"})
    key = api.post(
        "/api-keys",
        json={"name": "desk", "scopes": ["loyalty:read", "loyalty:write", "loyalty:adjust"], "location_ids": [mine["id"]]},
    )
    assert key.status_code == 201, key.text
    desk = api_with_key(key.json()["secret"])

    refused = [
        desk.get(f"/clients/{foreign_client}/loyalty"),
        desk.post(f"/clients/{foreign_client}/loyalty-cards", json={"type": "loyalty"}),
        desk.get(f"/loyalty-cards/{foreign_card}"),
        desk.post(f"/loyalty-cards/{foreign_card}/adjustments", json={"points": -100, "reason": "x", "type": "redemption"}),
        desk.post(f"/loyalty-cards/{foreign_card}/adjustments", json={"points": 1000, "reason": "x"}),
        desk.delete(f"/loyalty-cards/{foreign_card}"),
    ]

    # not found, as a client or card that does not exist: nothing of another location's client shows
    assert [r.status_code for r in refused] == [404] * len(refused), [r.text for r in refused]
    assert api.get(f"/clients/{foreign_client}/loyalty").json()["points"] == 100
    assert api.get(f"/loyalty-cards/{foreign_card}").json()["status"] == "active"
    # its own clients stay reachable
    own_card = desk.post(f"/clients/{own_client}/loyalty-cards", json={"type": "loyalty"})
    assert own_card.status_code == 201, own_card.text
    added = desk.post(f"/loyalty-cards/{own_card.json()['id']}/adjustments", json={"points": 5, "reason": "welcome"})
    assert added.status_code == 201, added.text
    assert desk.get(f"/clients/{own_client}/loyalty").json()["points"] == 5
    assert desk.get(f"/loyalty-cards/{uuid.uuid4()}").status_code == 404


def test_odd_characters_are_a_4xx_not_a_5xx(api, client_id):
    card_id = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()["id"]

    unknown_code = api.get("/gift-cards/NO%00SUCH")
    nul_reason = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": 5, "reason": "a\u0000b"})
    malformed_card = api.get("/loyalty-cards/not-a-card")

    assert unknown_code.status_code == 404, unknown_code.text
    assert nul_reason.status_code == 422, nul_reason.text
    assert malformed_card.status_code == 404, malformed_card.text
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == 0


def _parallel(new_api, requests, workers=8):
    def send(request):
        method, path, body, headers = request
        return new_api().request(method, path, json=body, headers=headers or {})

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(send, requests))


def test_parallel_retries_with_one_idempotency_key_all_answer_the_first_result(suite, api, api_with_key, client_id):
    card_id = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()["id"]
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"points": 40, "reason": "double click"}

    responses = _parallel(
        lambda: api_with_key(suite.admin_key),
        [("POST", f"/api/v1/loyalty-cards/{card_id}/adjustments", body, headers) for _ in range(8)],
    )

    assert [r.status_code for r in responses] == [201] * 8, [r.text for r in responses]
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == 40


def test_the_program_accepts_if_match_star_and_a_weak_or_listed_current_etag(api):
    etag = api.get("/loyalty-program").headers["ETag"]

    star = api.put("/loyalty-program", json={"expiry_days": 365}, headers={"If-Match": "*"})
    assert star.status_code == 200, star.text
    listed = api.put("/loyalty-program", json={"expiry_days": 365}, headers={"If-Match": f'W/{star.headers["ETag"]}, "0"'})
    assert listed.status_code == 200, listed.text
    stale = api.put("/loyalty-program", json={"expiry_days": 365}, headers={"If-Match": etag})
    assert stale.status_code == 412, stale.text
