"""Rate limits per key on the real gateway and Redis; without Redis the gateway serves anyway."""

import uuid

import pytest
import requests

from clientcard_kit.testing import infra
from tests.integration.conftest import BIN, Api, eventually


@pytest.fixture
def gateway_without_redis(suite):
    """A second gateway whose REDIS_URL points nowhere."""
    port = infra.free_port()
    command = [
        str(BIN / "gunicorn"),
        "-k",
        "gthread",
        "--workers",
        "1",
        "--threads",
        "4",
        "-b",
        f"127.0.0.1:{port}",
        "gateway.app:create_app_from_env()",
    ]
    suite._spawn(
        "gateway_without_redis", command, {"DATABASE_URL": suite.databases["gateway"], "REDIS_URL": "redis://127.0.0.1:1/0"}
    )
    base_url = f"http://127.0.0.1:{port}"
    eventually(lambda: _assert_answers(f"{base_url}/healthz"), timeout=60)
    yield base_url
    suite.stop("gateway_without_redis")


def _assert_answers(url):
    try:
        assert requests.get(url, timeout=2).status_code == 200
    except requests.RequestException as error:  # still booting: refused, or no answer yet
        raise AssertionError(str(error)) from None


def _key(api, **body):
    response = api.post("/api-keys", json={"name": f"limited-{uuid.uuid4().hex[:6]}", "scopes": ["clients:read"], **body})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_key_limited_to_n_requests_a_minute_gets_429_with_retry_after_on_the_next(api, api_with_key):
    client = api_with_key(_key(api, rate_limit=3)["secret"])

    answers = [client.get("/me") for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert {a.headers["RateLimit-Limit"] for a in answers} == {"3"}
    assert answers[-1].headers["Content-Type"].startswith("application/problem+json")
    assert int(answers[-1].headers["Retry-After"]) >= 1


def test_an_admin_can_change_a_keys_limit(api, api_with_key):
    key = _key(api)
    client = api_with_key(key["secret"])
    assert client.get("/me").json()["rate_limit"] == {"requests_per_minute": 1200}  # the global default

    assert api.patch(f"/api-keys/{key['id']}", json={"rate_limit": 1}).status_code == 200

    eventually(lambda: _assert_limit(client, 1))
    assert client.get("/me").status_code == 429


def _assert_limit(client, per_minute):
    assert client.get("/me").json()["rate_limit"] == {"requests_per_minute": per_minute}


def test_the_admin_key_made_at_start_up_is_unlimited(api):
    answers = [api.get("/me") for _ in range(30)]

    assert {a.status_code for a in answers} == {200}
    assert answers[0].json()["rate_limit"] == {"requests_per_minute": None}
    assert "RateLimit-Limit" not in answers[0].headers


def test_readyz_shows_redis(anonymous):
    assert anonymous.get("/readyz").json()["checks"]["redis"] == {"status": "ok"}


def test_without_redis_the_gateway_serves_and_stays_ready(api, gateway_without_redis):
    client = Api(gateway_without_redis, _key(api, rate_limit=1)["secret"])

    assert {client.get("/me").status_code for _ in range(5)} == {200}
    ready = requests.get(f"{gateway_without_redis}/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"]["redis"]["status"] == "error"


def test_the_card_counts_against_the_limit_like_every_request(api, api_with_key, client_id):
    """The card counts the request in its own Redis round trip: the same limit, the same headers."""
    client = api_with_key(_key(api, rate_limit=3)["secret"])

    answers = [
        client.get(f"/clients/{client_id}/card"),
        client.get(f"/clients/{uuid.uuid4()}/card"),
        client.get(f"/clients/{client_id}/card"),
        client.get(f"/clients/{client_id}/card"),
    ]

    assert [a.status_code for a in answers] == [200, 404, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert "Retry-After" not in answers[1].headers and int(answers[-1].headers["Retry-After"]) >= 1
