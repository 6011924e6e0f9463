"""A literal path (`/clients/export.csv`) is its own route's: another method there is a 405 with `Allow`,
never the neighbouring `/clients/<client_id>` view; no service is running, so none may be asked."""

import pytest


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


@pytest.mark.parametrize("method", ["PATCH", "PUT", "POST", "DELETE"])
@pytest.mark.parametrize("path", ["/api/v1/clients/export.csv", "/api/v1/clients/export.xlsx"])
def test_a_method_the_literal_path_lacks_is_a_405_naming_the_allowed_ones(http, keys, method, path):
    admin = keys.create("admin", ["*"], None)

    response = http.open(path, method=method, json={"first_name": "Ann"}, headers=bearer(admin["secret"]))

    assert response.status_code == 405, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_options_on_a_literal_path_names_only_its_own_methods(http, keys):
    admin = keys.create("admin", ["*"], None)

    response = http.options("/api/v1/clients/export.csv", headers=bearer(admin["secret"]))

    assert response.status_code == 200
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_without_a_key_the_answer_is_still_401(http):
    assert http.patch("/api/v1/clients/export.csv", json={}).status_code == 401
