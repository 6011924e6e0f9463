"""Keys, scopes and the OpenAPI document, on a real gateway database with no services running."""

import uuid


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


def test_no_key_is_401_and_a_wrong_key_is_401(http):
    assert http.get("/api/v1/clients/x").status_code == 401
    response = http.get("/api/v1/clients/x", headers=bearer("cc_wrong"))
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"


def test_a_key_without_the_scope_is_403_before_any_service_is_asked(http, keys):
    reader = keys.create("reader", ["clients:read"], None)

    response = http.post("/api/v1/clients", json={"first_name": "Ann"}, headers=bearer(reader["secret"]))

    assert response.status_code == 403
    assert "clients:write" in response.get_json()["detail"]


def test_invalid_input_is_422_before_any_service_is_asked(http, keys):
    writer = keys.create("writer", ["clients:write"], None)

    response = http.post("/api/v1/clients", json={"email": "nope"}, headers=bearer(writer["secret"]))

    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == {"first_name", "email"}


def test_secrets_are_stored_hashed_and_shown_once(keys):
    created = keys.create("shown-once", ["clients:read"], None)

    listed = [key for key in keys.list() if key["id"] == created["id"]]
    assert created["secret"].startswith("cc_")
    assert "secret" not in listed[0]
    assert keys.authenticate(created["secret"]).name == "shown-once"


def test_the_openapi_document_is_public_and_names_the_bearer_scheme(http):
    document = http.get("/api/v1/openapi.json").get_json()

    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert "/api/v1/clients/{client_id}/card" in document["paths"]


def test_readyz_is_503_when_the_services_are_not_running(http):
    response = http.get("/readyz")

    assert response.status_code == 503
    assert response.get_json()["checks"]["gateway_database"]["status"] == "ok"
    assert response.get_json()["checks"]["profile"]["status"] == "error"
    assert http.get("/readyz?scope=gateway").status_code == 200


def test_a_key_cannot_revoke_itself(http, keys):
    admin = keys.create("second-admin", ["admin"], None)

    response = http.delete(f"/api/v1/api-keys/{admin['id']}", headers=bearer(admin["secret"]))

    assert response.status_code == 409
    assert keys.authenticate(admin["secret"]) is not None


def test_the_configured_admin_key_is_brought_back_but_a_revoked_one_is_not_reused(keys):
    secret = f"cc_test_{uuid.uuid4().hex}"
    assert keys.ensure("admin", secret, ["*"]) == "created"
    assert keys.ensure("admin", secret, ["*"]) == "active"
    keys.revoke(keys.authenticate(secret).key_id)

    assert keys.ensure("admin", secret, ["*"]) == "revoked"
    assert keys.authenticate(secret) is None
    assert keys.ensure("admin", secret, ["*"], reactivate=True) == "reactivated"
    assert keys.authenticate(secret).name == "admin"
