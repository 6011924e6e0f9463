"""Auth, request ids, health, readiness, metrics and the OpenAPI document."""

import uuid


def test_without_a_key_every_api_endpoint_is_401(anonymous, client_id):
    for path in ("/clients", f"/clients/{client_id}", f"/clients/{client_id}/card", "/api-keys"):
        method = "post" if path == "/clients" else "get"
        response = getattr(anonymous, method)(path, json={"first_name": "X"} if method == "post" else None)
        assert response.status_code == 401, path
        assert response.headers["Content-Type"] == "application/problem+json"


def test_a_key_without_the_scope_is_403(api, api_with_key, client_id):
    created = api.post("/api-keys", json={"name": "reader", "scopes": ["clients:read"]})
    assert created.status_code == 201, created.text
    reader = api_with_key(created.json()["secret"])

    assert reader.get(f"/clients/{client_id}").status_code == 200
    assert reader.post("/clients", json={"first_name": "Nope"}).status_code == 403
    assert reader.get("/api-keys").status_code == 403


def test_a_revoked_key_stops_working(api, api_with_key):
    created = api.post("/api-keys", json={"name": "temp", "scopes": ["clients:read"]}).json()
    temp = api_with_key(created["secret"])
    assert temp.get(f"/clients/{uuid.uuid4()}").status_code == 404

    assert api.delete(f"/api-keys/{created['id']}").status_code == 204

    assert temp.get(f"/clients/{uuid.uuid4()}").status_code == 401


def test_the_request_id_is_echoed_and_generated(api):
    echoed = api.get("/healthz", headers={"X-Request-ID": "req-123"})
    generated = api.get("/healthz")

    assert echoed.headers["X-Request-ID"] == "req-123"
    assert uuid.UUID(generated.headers["X-Request-ID"])


def test_the_request_id_reaches_the_service_logs(api, service_log, wait_until):
    request_id = f"trace-{uuid.uuid4().hex}"
    api.post("/clients", json={"first_name": "Traced"}, headers={"X-Request-ID": request_id})

    def logged_by_profile():
        assert request_id in service_log("profile")

    wait_until(logged_by_profile)


def test_readyz_checks_every_service(anonymous):
    response = anonymous.get("/readyz")

    assert response.status_code == 200, response.text
    checks = response.json()["checks"]
    assert set(checks) == {"gateway_database", "redis", "profile", "billing", "loyalty", "messaging", "files"}
    assert all(check["status"] == "ok" for check in checks.values())


def test_healthz_needs_no_key_and_metrics_need_ops_read(anonymous, api):
    assert anonymous.get("/healthz").status_code == 200
    assert anonymous.get("/metrics").status_code == 401
    metrics = api.get("/metrics")
    assert metrics.status_code == 200
    assert "clientcard_http_requests_total" in metrics.text


def test_the_openapi_document_describes_the_api(anonymous):
    response = anonymous.get("/api/v1/openapi.json")

    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/clients" in document["paths"]
    assert "/api/v1/clients/{client_id}/card" in document["paths"]
