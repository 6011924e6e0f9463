"""Rate limits on the real Redis, which routes are open without a key, and the start-up check that no view forgot its scope."""

import logging
import re
import uuid

import pytest
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import app as app_module
from gateway.auth import public, requires

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


def test_a_key_over_its_limit_gets_429_with_retry_after_and_every_answer_says_what_is_left(http, keys):
    key = keys.create("three a minute", [], None, rate_limit=3)

    answers = [http.get("/api/v1/me", headers=bearer(key["secret"])) for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Limit"] for a in answers] == ["3"] * 4
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    refused = answers[-1]
    assert refused.mimetype == "application/problem+json"
    assert refused.get_json()["status"] == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 60


def test_a_rate_limit_set_by_an_admin_applies_to_the_key(http, keys):
    admin = keys.create("admin", ["admin"], None, rate_limit=0)
    key = keys.create("patched", [], None)

    patched = http.patch(f"/api/v1/api-keys/{key['id']}", json={"rate_limit": 1}, headers=bearer(admin["secret"]))

    assert patched.status_code == 200 and patched.get_json()["rate_limit"] == 1
    assert http.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 200
    assert http.get("/api/v1/me", headers=bearer(key["secret"])).status_code == 429


def test_the_global_default_limits_keys_without_their_own_but_not_the_unlimited_admin(make_app, keys):
    client = make_app(rate_limit_per_minute=2).test_client()
    ordinary = keys.create("default", [], None)
    secret = f"cc_test_admin_{uuid.uuid4().hex}"
    keys.ensure("admin", secret, ["*"], rate_limit=0)  # as `python -m gateway.bootstrap` makes it

    ordinary_codes = [client.get("/api/v1/me", headers=bearer(ordinary["secret"])).status_code for _ in range(3)]
    admin_answers = [client.get("/api/v1/me", headers=bearer(secret)) for _ in range(10)]

    assert ordinary_codes == [200, 200, 429]
    assert {a.status_code for a in admin_answers} == {200}
    assert "RateLimit-Limit" not in admin_answers[0].headers
    assert admin_answers[0].get_json()["rate_limit"] == {"requests_per_minute": None}


def test_without_redis_the_gateway_serves_anyway_and_readyz_says_so(make_app, keys, caplog):
    client = make_app(redis_url=UNREACHABLE_REDIS).test_client()
    key = keys.create("one a minute", [], None, rate_limit=1)

    with caplog.at_level(logging.WARNING, logger="gateway.rate_limit"):
        codes = [client.get("/api/v1/me", headers=bearer(key["secret"])).status_code for _ in range(5)]
    ready = client.get("/readyz?scope=gateway")

    assert codes == [200] * 5
    assert len([r for r in caplog.records if "Redis" in r.getMessage()]) == 1  # not once per request
    assert ready.status_code == 200
    assert ready.get_json()["checks"]["redis"]["status"] == "error"


def test_readyz_shows_a_reachable_redis(http):
    assert http.get("/readyz?scope=gateway").get_json()["checks"]["redis"] == {"status": "ok"}


def test_metrics_need_the_ops_read_scope(http, keys):
    reader = keys.create("reader", ["clients:read"], None)
    ops = keys.create("ops", ["ops:read"], None)

    assert http.get("/metrics").status_code == 401
    assert http.get("/metrics", headers=bearer(reader["secret"])).status_code == 403
    answer = http.get("/metrics", headers=bearer(ops["secret"]))
    assert answer.status_code == 200
    assert b"clientcard_http_requests_total" in answer.data


def test_only_the_health_checks_staff_page_and_api_documents_are_open(http):
    assert http.get("/healthz").status_code == 200
    assert http.get("/readyz?scope=gateway").status_code == 200
    assert http.get("/").status_code == 200
    assert http.get("/api/v1/openapi.json").status_code == 200
    assert http.get("/api/v1/docs").status_code == 200
    for closed in ("/api/v1/me", "/api/v1/api-keys", "/metrics", "/api/v1/locations", "/no-such-page"):
        assert http.get(closed).status_code == 401, closed


def test_the_docs_page_loads_swagger_ui_from_the_gateway_not_a_cdn(http):
    page = http.get("/api/v1/docs").get_data(as_text=True)

    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets and not [url for url in assets if "//" in url]
    assert "cdn" not in page
    for asset in assets:
        answer = http.get(asset)
        assert answer.status_code == 200, asset
        assert len(answer.data) > 1000


def _extra_blueprint(decorate):
    blp = Blueprint("extra", __name__, url_prefix="/api/v1/extra")

    @blp.route("")
    class Extra(MethodView):
        @decorate
        def get(self):
            return {"ok": True}

    return blp


@pytest.fixture
def with_extra_blueprint(monkeypatch):
    """Factory: create_app sees one more blueprint, its view decorated as given."""
    registered = app_module.blueprints

    def add(decorate):
        monkeypatch.setattr(app_module, "blueprints", lambda: [*registered(), _extra_blueprint(decorate)])

    return add


def test_an_app_with_a_view_neither_public_nor_scoped_does_not_start(make_app, with_extra_blueprint):
    with_extra_blueprint(lambda view: view)

    with pytest.raises(RuntimeError, match="extra.Extra GET"):
        make_app()


def test_a_view_marked_public_is_open_and_a_scoped_one_is_not(make_app, with_extra_blueprint):
    with_extra_blueprint(public)
    assert make_app().test_client().get("/api/v1/extra").status_code == 200

    with_extra_blueprint(requires("ops:read"))
    assert make_app().test_client().get("/api/v1/extra").status_code == 401
