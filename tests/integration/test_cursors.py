"""A cursor we did not give is a 422 on every list, never a server error."""

import pytest

LISTS = [
    "/clients",
    "/clients/{id}/audit",
    "/clients/{id}/notes",
    "/clients/{id}/visits",
    "/clients/{id}/messages",
    "/clients/{id}/files",
    "/clients/{id}/invoices",
    "/clients/{id}/balance",
]


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("cursor", ["ÿ", "bm90LWEtY3Vyc29y", "x|y|z"])
def test_a_foreign_cursor_is_a_422(api, client_id, path, cursor):
    response = api.get(path.format(id=client_id), params={"cursor": cursor})

    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
