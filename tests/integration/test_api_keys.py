"""API keys over HTTP on the real gateway: expiry, rotation, revocation across processes, /me, open routes."""

import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.integration.conftest import Api, eventually


@pytest.fixture
def new_key(api):
    """Factory: create a key through the API; answers the created key with its secret."""

    def create(**body):
        response = api.post("/api-keys", json={"name": f"key-{uuid.uuid4().hex[:6]}", "scopes": [], **body})
        assert response.status_code == 201, response.text
        return response.json()

    return create


def test_a_key_that_expired_answers_401_saying_so(new_key, api_with_key):
    key = new_key(expires_at=(datetime.now(UTC) + timedelta(seconds=1)).isoformat())
    client = api_with_key(key["secret"])

    def expired():
        response = client.get("/me")
        assert response.status_code == 401
        return response

    assert "expired" in eventually(expired).json()["detail"]


def test_a_rotated_key_works_with_both_secrets_until_the_grace_period_ends(api, new_key, api_with_key):
    key = new_key()
    rotated = api.post(f"/api-keys/{key['id']}/rotate", json={"grace_seconds": 2})
    assert rotated.status_code == 200, rotated.text
    old, new = api_with_key(key["secret"]), api_with_key(rotated.json()["secret"])

    assert old.get("/me").status_code == 200
    assert new.get("/me").status_code == 200
    eventually(lambda: _assert_status(old.get("/me"), 401))
    assert new.get("/me").status_code == 200
    listed = next(item for item in api.get("/api-keys").json()["items"] if item["id"] == key["id"])
    assert listed["rotated_at"] is not None and listed["previous_valid_until"] is not None


def _assert_status(response, status):
    assert response.status_code == status, response.text


def test_a_revoked_key_stops_in_every_gateway_process_within_about_a_second(api, new_key, second_gateway):
    key = new_key()
    elsewhere = Api(second_gateway, key["secret"])
    for _ in range(4):  # reach both workers of the second gateway, so both have it cached
        assert elsewhere.get("/me").status_code == 200

    assert api.delete(f"/api-keys/{key['id']}").status_code == 204

    def stopped_everywhere():
        assert {elsewhere.get("/me").status_code for _ in range(4)} == {401}

    eventually(stopped_everywhere, timeout=5)


def test_last_used_at_shows_when_a_key_was_used(api, new_key, api_with_key):
    key = new_key()

    def last_used():
        return next(item for item in api.get("/api-keys").json()["items"] if item["id"] == key["id"])["last_used_at"]

    assert last_used() is None
    api_with_key(key["secret"]).get("/me")
    assert last_used() is not None


def test_me_tells_a_location_limited_key_what_it_may_do(api, new_key, api_with_key):
    location = api.post("/locations", json={"name": f"Branch {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    assert location.status_code == 201, location.text
    key = new_key(scopes=["clients:read"], location_ids=[location.json()["id"]], rate_limit=50)

    me = api_with_key(key["secret"]).get("/me")

    assert me.status_code == 200
    assert {k: me.json()[k] for k in ("id", "scopes", "location_ids", "rate_limit", "expires_at")} == {
        "id": key["id"],
        "scopes": ["clients:read"],
        "location_ids": [location.json()["id"]],
        "rate_limit": {"requests_per_minute": 50},
        "expires_at": None,
    }


def test_metrics_answer_only_a_key_with_ops_read(anonymous, new_key, api_with_key):
    assert anonymous.get("/metrics").status_code == 401
    assert api_with_key(new_key(scopes=["clients:read"])["secret"]).get("/metrics").status_code == 403
    assert api_with_key(new_key(scopes=["ops:read"])["secret"]).get("/metrics").status_code == 200


def test_the_docs_page_and_its_scripts_come_from_the_gateway(anonymous):
    page = anonymous.get("/api/v1/docs")

    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(url.startswith("/api/v1/docs/assets/") for url in assets)
    assert {anonymous.get(url).status_code for url in assets} == {200}
    assert anonymous.get("/api/v1/openapi.json").json()["paths"]["/api/v1/me"]
