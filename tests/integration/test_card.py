"""The unified card, assembled from all five services over real RabbitMQ and PostgreSQL."""

import time


def test_the_card_has_every_section_from_every_service(api, client_id):
    response = api.get(f"/clients/{client_id}/card")

    assert response.status_code == 200, response.text
    card = response.json()
    assert card["unavailable"] == []
    assert card["client"]["id"] == client_id
    for key in ("summary", "alerts", "balance", "loyalty", "messages", "files", "visits"):
        assert card[key] is not None, key
    assert card["balance"]["balance"] == {"amount": 0, "currency": "GBP"}
    assert card["loyalty"]["points"] == 0
    assert card["messages"]["recent"] == []
    assert card["files"]["recent"] == []
    assert card["files"]["consents"]["missing"] == [] and card["files"]["consents"]["expired"] == []
    assert card["visits"] == {"upcoming": [], "recent": []}
    assert card["summary"]["visits_count"] == 0


def test_billing_opens_an_account_when_a_client_is_created(api, client_id, wait_until):
    def account_is_open():
        card = api.get(f"/clients/{client_id}/card").json()
        assert card["balance"]["account_open"] is True

    wait_until(account_is_open)


def test_a_card_for_an_unknown_client_is_404(api):
    response = api.get("/clients/00000000-0000-0000-0000-000000000000/card")

    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/problem+json"


def test_with_loyalty_stopped_the_card_is_served_without_loyalty(suite, api, client_id, wait_until):
    suite.stop("loyalty")
    try:
        started = time.monotonic()
        response = api.get(f"/clients/{client_id}/card")
        elapsed = time.monotonic() - started

        assert response.status_code == 200, response.text
        card = response.json()
        assert "loyalty" in card["unavailable"]
        assert card["loyalty"] is None
        assert card["summary"]["loyalty_points"] is None
        assert card["client"]["id"] == client_id
        assert card["balance"] is not None
        assert elapsed < 1.5 + 1.0  # the card's budget, plus HTTP overhead

        started = time.monotonic()
        again = api.get(f"/clients/{client_id}/card").json()
        assert "loyalty" in again["unavailable"]
        assert time.monotonic() - started < 0.5  # the breaker skips loyalty instead of waiting again
    finally:
        suite.start("loyalty")
    suite.wait_ready()

    def whole_card_again():
        assert api.get(f"/clients/{client_id}/card").json()["unavailable"] == []

    wait_until(whole_card_again)
