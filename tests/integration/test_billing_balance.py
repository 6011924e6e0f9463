"""The balance over HTTP: a ledger that proves itself, with idempotent writes and scoped adjustments."""

import uuid

import sqlalchemy as sa


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def ledger_sums(suite, client_id):
    """Per transaction sums and the client's own entries, read straight from billing's database."""
    engine = sa.create_engine(suite.databases["billing"])
    with engine.connect() as conn:
        unbalanced = conn.execute(
            sa.text(
                "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries GROUP BY transaction_id, currency "
                "HAVING sum(amount_minor) <> 0) t"
            )
        ).scalar()
        own = conn.execute(
            sa.text(
                "SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entries e JOIN accounts a ON a.id = e.account_id "
                "WHERE a.client_id = :c"
            ),
            {"c": client_id},
        ).scalar()
    engine.dispose()
    return unbalanced, own


def test_a_top_up_raises_the_balance_by_a_balanced_ledger_transaction(suite, api, client_id):
    response = api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(5000), "method": "card"})

    assert response.status_code == 201, response.text
    assert response.json()["balance"] == gbp(5000)
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert (balance["balance"], balance["credit"], balance["outstanding"]) == (gbp(5000), gbp(5000), gbp(0))
    assert [(e["kind"], e["account"], e["amount"]) for e in balance["entries"]] == [("top_up", "credit", gbp(5000))]
    assert ledger_sums(suite, client_id) == (0, 5000)


def test_the_same_idempotency_key_and_body_replays_without_moving_money(api, client_id):
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"amount": gbp(1200), "method": "cash"}

    first = api.post(f"/clients/{client_id}/balance/top-ups", json=body, headers=headers)
    second = api.post(f"/clients/{client_id}/balance/top-ups", json=body, headers=headers)
    other = api.post(f"/clients/{client_id}/balance/top-ups", json={**body, "method": "card"}, headers=headers)

    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert other.status_code == 409
    assert other.headers["Content-Type"] == "application/problem+json"
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert balance["balance"] == gbp(1200)
    assert len(balance["entries"]) == 1


def test_bad_money_is_a_422_that_changes_nothing(api, client_id):
    for body, field in (
        ({"amount": {"amount": 10.5, "currency": "GBP"}, "method": "cash"}, "amount"),
        ({"amount": {"amount": 1000, "currency": "EUR"}, "method": "cash"}, "amount"),
        ({"amount": gbp(-5), "method": "cash"}, "amount"),
        ({"amount": gbp(100), "method": "cheque"}, "method"),
    ):
        response = api.post(f"/clients/{client_id}/balance/top-ups", json=body)
        assert response.status_code == 422, (body, response.text)
        assert field in response.json()["errors"], response.json()
    assert api.get(f"/clients/{client_id}/balance").json()["entries"] == []


def test_adjustments_need_the_billing_adjust_scope_and_a_reason(api, api_with_key, client_id):
    key = api.post("/api-keys", json={"name": "front desk", "scopes": ["billing:read", "billing:write"]}).json()
    front_desk = api_with_key(key["secret"])

    refused = front_desk.post(f"/clients/{client_id}/balance/adjustments", json={"amount": gbp(500), "reason": "goodwill"})
    no_reason = api.post(f"/clients/{client_id}/balance/adjustments", json={"amount": gbp(500)})
    taken = api.post(f"/clients/{client_id}/balance/adjustments", json={"amount": gbp(-700), "reason": "late fee"})

    assert refused.status_code == 403
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["errors"]
    assert taken.status_code == 201, taken.text
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert balance["balance"] == gbp(-700)
    assert balance["entries"][0]["reason"] == "late fee"


def test_entries_page_with_an_opaque_cursor(api, client_id):
    for amount in (100, 200, 300):
        api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(amount), "method": "cash"})

    first = api.get(f"/clients/{client_id}/balance", params={"limit": 2}).json()
    second = api.get(f"/clients/{client_id}/balance", params={"limit": 2, "cursor": first["next_cursor"]}).json()

    assert [e["amount"]["amount"] for e in first["entries"]] == [300, 200]
    assert [e["amount"]["amount"] for e in second["entries"]] == [100]
    assert second["next_cursor"] is None


def test_the_balance_of_an_unknown_client_is_404(api):
    assert api.get(f"/clients/{uuid.uuid4()}/balance").status_code == 404


def test_credit_moves_only_to_a_linked_client_and_never_beyond_the_credit(api, client_id):
    child = api.post("/clients", json={"first_name": "Kid", "linked_clients": [{"client_id": client_id, "relation": "child"}]})
    assert child.status_code == 201, child.text
    child_id = child.json()["id"]
    stranger = api.post("/clients", json={"first_name": "Stranger"}).json()["id"]
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(3000), "method": "cash"})

    to_stranger = api.post(f"/clients/{client_id}/balance/transfers", json={"to_client_id": stranger, "amount": gbp(100)})
    too_much = api.post(f"/clients/{client_id}/balance/transfers", json={"to_client_id": child_id, "amount": gbp(3001)})
    moved = api.post(f"/clients/{client_id}/balance/transfers", json={"to_client_id": child_id, "amount": gbp(1000)})

    assert to_stranger.status_code == 422, to_stranger.text
    assert too_much.status_code == 422, too_much.text
    assert moved.status_code == 201, moved.text
    assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(2000)
    assert api.get(f"/clients/{child_id}/balance").json()["balance"] == gbp(1000)


def test_a_location_limited_key_sees_only_the_money_of_its_locations_clients(api, api_with_key):
    here, there = (
        api.post("/locations", json={"name": f"L {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()["id"]
        for _ in range(2)
    )
    local = api.post("/clients", json={"first_name": "Local", "home_location_id": here}).json()["id"]
    remote = api.post("/clients", json={"first_name": "Remote", "home_location_id": there}).json()["id"]
    key = api.post("/api-keys", json={"name": "till", "scopes": ["billing:read", "billing:write"], "location_ids": [here]})
    till = api_with_key(key.json()["secret"])

    assert till.get(f"/clients/{local}/balance").status_code == 200
    assert till.get(f"/clients/{remote}/balance").status_code == 404  # as a client that does not exist
    refused = till.post(f"/clients/{remote}/balance/top-ups", json={"amount": gbp(100), "method": "cash"})
    assert refused.status_code == 404
    assert api.get(f"/clients/{remote}/balance").json()["entries"] == []
