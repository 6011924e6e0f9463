"""Keys that expire, rotate and are revoked, seen by several app instances (as gunicorn workers) on one database."""

import time
import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from gateway.keys import api_keys


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


def eventually(check, timeout=10.0):
    """Poll `check` until it stops raising AssertionError: caches expire within about a second."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def admin_of(keys):
    return keys.create(f"admin-{uuid.uuid4().hex[:6]}", ["admin"], None, rate_limit=0)


def test_unknown_scopes_and_an_expiry_in_the_past_are_422_naming_the_field(http, keys):
    admin = admin_of(keys)
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()

    unknown = http.post("/api/v1/api-keys", json={"name": "x", "scopes": ["files:read", "nope"]}, headers=bearer(admin["secret"]))
    expired = http.post("/api/v1/api-keys", json={"name": "x", "scopes": [], "expires_at": past}, headers=bearer(admin["secret"]))
    naive = http.post(
        "/api/v1/api-keys", json={"name": "x", "scopes": [], "expires_at": "2999-01-01T00:00:00"}, headers=bearer(admin["secret"])
    )

    assert unknown.status_code == 422 and set(unknown.get_json()["errors"]) == {"scopes"}
    assert expired.status_code == 422 and set(expired.get_json()["errors"]) == {"expires_at"}
    assert naive.status_code == 422 and set(naive.get_json()["errors"]) == {"expires_at"}


def test_the_new_scopes_can_be_given_to_a_key(http, keys):
    admin = admin_of(keys)
    scopes = ["files:medical", "clients:export", "clients:erase", "ops:read", "webhooks:manage"]

    response = http.post("/api/v1/api-keys", json={"name": "new scopes", "scopes": scopes}, headers=bearer(admin["secret"]))

    assert response.status_code == 201, response.get_json()
    assert sorted(response.get_json()["scopes"]) == sorted(scopes)


def test_an_expired_key_answers_401_saying_it_expired(http, keys):
    admin = admin_of(keys)
    soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    created = http.post(
        "/api/v1/api-keys", json={"name": "short-lived", "scopes": [], "expires_at": soon}, headers=bearer(admin["secret"])
    ).get_json()
    assert created["expires_at"] is not None
    assert http.get("/api/v1/me", headers=bearer(created["secret"])).status_code == 200

    def expired():
        response = http.get("/api/v1/me", headers=bearer(created["secret"]))
        assert response.status_code == 401
        return response

    assert "expired" in eventually(expired).get_json()["detail"]


def test_a_rotated_key_keeps_its_old_secret_for_the_grace_period_then_not(http, keys):
    admin = admin_of(keys)
    key = keys.create("rotating", ["clients:read"], None)

    rotated = http.post(f"/api/v1/api-keys/{key['id']}/rotate", json={"grace_seconds": 2}, headers=bearer(admin["secret"]))

    assert rotated.status_code == 200, rotated.get_json()
    new = rotated.get_json()
    assert new["secret"] != key["secret"] and new["id"] == key["id"]
    assert new["rotated_at"] is not None and new["previous_valid_until"] is not None
    assert http.get("/api/v1/me", headers=bearer(new["secret"])).status_code == 200
    assert http.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200  # within the grace period

    def old_secret_stopped():
        response = http.get("/api/v1/me", headers=bearer(key["secret"]))
        assert response.status_code == 401
        return response

    assert "rotated" in eventually(old_secret_stopped).get_json()["detail"]
    assert http.get("/api/v1/me", headers=bearer(new["secret"])).status_code == 200


def test_a_rotation_without_grace_stops_the_old_secret_at_once_and_a_grace_over_a_week_is_422(http, keys):
    admin = admin_of(keys)
    key = keys.create("rotating-now", [], None)
    assert http.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200

    too_long = http.post(f"/api/v1/api-keys/{key['id']}/rotate", json={"grace_seconds": 604801}, headers=bearer(admin["secret"]))
    http.post(f"/api/v1/api-keys/{key['id']}/rotate", json={"grace_seconds": 0}, headers=bearer(admin["secret"]))

    assert too_long.status_code == 422 and "grace_seconds" in too_long.get_json()["errors"]
    assert http.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 401


def test_a_revocation_in_one_worker_reaches_another_within_about_a_second(make_app, keys):
    worker_a, worker_b = make_app().test_client(), make_app().test_client()
    admin = admin_of(keys)
    key = keys.create("revoked-soon", [], None)
    assert worker_a.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200
    assert worker_b.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200

    assert worker_b.delete(f"/api/v1/api-keys/{key['id']}", headers=bearer(admin["secret"])).status_code == 204

    assert worker_b.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 401  # its own cache: at once
    eventually(lambda: _assert_status(worker_a.get("/api/v1/me", headers=bearer(key["secret"])), 401), timeout=5)


def _assert_status(response, status):
    assert response.status_code == status


def test_requests_within_the_cache_ttl_cost_no_database_round_trip(make_app, keys):
    app = make_app(key_cache_ttl_s=60)
    key = keys.create("cached", [], None)
    statements = []
    sa.event.listen(app.extensions["clientcard.engine"], "before_cursor_execute", lambda *args: statements.append(args[2]))
    client = app.test_client()

    for _ in range(20):
        assert client.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200

    assert len([s for s in statements if "api_keys" in s]) <= 2  # one read, and the first last_used_at write


def test_last_used_at_moves_when_the_key_is_used(http, keys, app):
    admin = admin_of(keys)
    key = keys.create("used", [], None)

    def last_used():
        listed = http.get("/api/v1/api-keys", headers=bearer(admin["secret"])).get_json()["items"]
        return next(item["last_used_at"] for item in listed if item["id"] == key["id"])

    assert last_used() is None
    http.get("/api/v1/me", headers=bearer(key["secret"]))
    first = last_used()
    assert first is not None
    with app.extensions["clientcard.engine"].begin() as conn:  # as if last used five minutes ago
        conn.execute(
            sa.update(api_keys)
            .where(api_keys.c.id == uuid.UUID(key["id"]))
            .values(last_used_at=sa.func.now() - timedelta(minutes=5))
        )

    def moved():
        http.get("/api/v1/me", headers=bearer(key["secret"]))
        assert datetime.fromisoformat(last_used()) >= datetime.fromisoformat(first)

    eventually(moved)


def test_me_shows_a_limited_key_what_it_may_do(http, keys):
    location = str(uuid.uuid4())
    expires = datetime.now(UTC) + timedelta(days=30)
    key = keys.create("front desk", ["clients:read"], [location], expires_at=expires, rate_limit=30)
    default = keys.create("default limit", [], None)
    unlimited = keys.create("unlimited", [], None, rate_limit=0)

    me = http.get("/api/v1/me", headers=bearer(key["secret"]))

    assert me.status_code == 200
    body = me.get_json()
    assert abs(datetime.fromisoformat(body.pop("expires_at")) - expires) < timedelta(seconds=1)
    assert body == {
        "id": key["id"],
        "name": "front desk",
        "prefix": key["prefix"],
        "scopes": ["clients:read"],
        "location_ids": [location],
        "rate_limit": {"requests_per_minute": 30},
    }
    assert http.get("/api/v1/me", headers=bearer(default["secret"])).get_json()["rate_limit"] == {"requests_per_minute": 1200}
    assert http.get("/api/v1/me", headers=bearer(unlimited["secret"])).get_json()["rate_limit"] == {"requests_per_minute": None}


def test_api_keys_stay_admin_only(http, keys):
    reader = keys.create("not admin", ["clients:read", "ops:read"], None)

    assert http.get("/api/v1/api-keys", headers=bearer(reader["secret"])).status_code == 403
    assert http.post(f"/api/v1/api-keys/{reader['id']}/rotate", json={}, headers=bearer(reader["secret"])).status_code == 403
    patched = http.patch(f"/api/v1/api-keys/{reader['id']}", json={"rate_limit": 0}, headers=bearer(reader["secret"]))
    assert patched.status_code == 403
