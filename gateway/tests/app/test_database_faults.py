"""The gateway's own database (keys, webhooks, audit): a pool that stays exhausted is a 503 with
Retry-After, never a 500, and the problem names no exception."""

from clientcard_kit.settings import PoolSettings


def test_an_exhausted_gateway_pool_answers_503_with_retry_after(make_app):
    app = make_app(db_pool=PoolSettings(size=1, overflow=0, timeout_s=0.3))
    http = app.test_client()
    with app.extensions["clientcard.engine"].connect():  # the only connection, busy elsewhere
        response = http.get("/api/v1/me", headers={"Authorization": "Bearer cc_unknown_key_for_a_lookup"})

    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert int(response.headers["Retry-After"]) >= 1
    assert "TimeoutError" not in response.get_data(as_text=True)
    # the connection back in the pool, the same request is answered again
    assert http.get("/api/v1/me", headers={"Authorization": "Bearer cc_unknown_key_for_a_lookup"}).status_code == 401
