"""Searching clients over HTTP as staff type, and keys limited to locations."""

import uuid


def _client(api, **fields):
    response = api.post("/clients", json={"first_name": "Find", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def _ids(response):
    assert response.status_code == 200, response.text
    return [c["id"] for c in response.json()["items"]]


def test_a_client_is_found_by_name_phone_email_and_card_number(api):
    tag = f"s{uuid.uuid4().hex[:8]}"
    card = f"CARD{uuid.uuid4().hex[:6]}"
    target = _client(
        api,
        first_name="Renée",
        last_name="Lefèvre",
        phone="+44 7700 900777",
        email="renee@example.com",
        card_number=card,
        tags=[tag],
    )
    _client(api, first_name="Other", last_name="Person", tags=[tag])

    for query in ("renee", "LEFEVRE", "lefevere", "07700 900777", "447700900777", "renee@example.com", card):
        assert _ids(api.get("/clients", params={"q": query, "tag": tag})) == [target["id"]], query


def test_lists_page_with_an_opaque_cursor(api):
    tag = f"p{uuid.uuid4().hex[:8]}"
    created = [_client(api, last_name=f"Page{n}", tags=[tag])["id"] for n in range(5)]

    first = api.get("/clients", params={"tag": tag, "limit": 2, "sort": "created_at"}).json()
    second = api.get("/clients", params={"tag": tag, "limit": 2, "sort": "created_at", "cursor": first["next_cursor"]}).json()
    third = api.get("/clients", params={"tag": tag, "limit": 2, "sort": "created_at", "cursor": second["next_cursor"]}).json()

    assert [c["id"] for c in first["items"] + second["items"] + third["items"]] == created
    assert third["next_cursor"] is None


def test_bad_search_parameters_are_422_problems(api):
    for params in (
        {"limit": 201},
        {"status": "deleted"},
        {"sort": "shoe_size"},
        {"cursor": "not-a-cursor"},
        {"birthday_month": 13},
    ):
        response = api.get("/clients", params=params)
        assert response.status_code == 422, params
        assert response.headers["Content-Type"] == "application/problem+json"


def test_a_key_limited_to_a_location_sees_and_creates_clients_there_only(api, api_with_key):
    mine = api.post("/locations", json={"name": "Mine", "timezone": "Europe/London"}).json()["id"]
    theirs = api.post("/locations", json={"name": "Theirs", "timezone": "Europe/London"}).json()["id"]
    tag = f"l{uuid.uuid4().hex[:8]}"
    here = _client(api, home_location_id=mine, tags=[tag])
    there = _client(api, home_location_id=theirs, tags=[tag])
    key = api.post(
        "/api-keys", json={"name": "front desk", "scopes": ["clients:read", "clients:write"], "location_ids": [mine]}
    ).json()["secret"]
    desk = api_with_key(key)

    assert _ids(desk.get("/clients", params={"tag": tag})) == [here["id"]]
    assert desk.get("/clients", params={"tag": tag, "location_id": theirs}).status_code == 403
    assert desk.post("/clients", json={"first_name": "X", "home_location_id": theirs}).status_code == 403
    assert desk.post("/clients", json={"first_name": "Y", "home_location_id": mine}).status_code == 201
    assert desk.get(f"/clients/{there['id']}").status_code == 404
    assert desk.patch(f"/clients/{there['id']}", json={"last_name": "Z"}).status_code == 404


def test_filters_and_sorts_are_read_from_the_query_string(api):
    tag = f"f{uuid.uuid4().hex[:8]}"
    march = _client(api, last_name="March", date_of_birth="1990-03-14", categories=["gold"], tags=[tag])
    _client(api, last_name="July", date_of_birth="1990-07-14", tags=[tag])

    assert _ids(api.get("/clients", params={"tag": tag, "birthday_month": 3})) == [march["id"]]
    assert _ids(api.get("/clients", params={"tag": tag, "category": "gold"})) == [march["id"]]
    assert _ids(api.get("/clients", params={"tag": tag, "last_visit_before": "2030-01-01T00:00:00"})) == []  # never seen
    assert len(_ids(api.get("/clients", params={"tag": tag, "sort": "-last_visit_at"}))) == 2
