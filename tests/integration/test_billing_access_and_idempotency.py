"""Billing over HTTP: a location-limited key must not reach the money or the cards
of another location's clients through a second client named in the body or a card id in the path; one
Idempotency-Key used for two clients never replays the first answer."""

import uuid


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def _two_locations_and_a_till(api, api_with_key):
    here, there = (
        api.post("/locations", json={"name": f"L {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()["id"]
        for _ in range(2)
    )
    remote = api.post("/clients", json={"first_name": "Remote", "home_location_id": there}).json()["id"]
    local = api.post(
        "/clients",
        json={"first_name": "Local", "home_location_id": here, "linked_clients": [{"client_id": remote, "relation": "sibling"}]},
    ).json()["id"]
    key = api.post("/api-keys", json={"name": "till", "scopes": ["billing:read", "billing:write"], "location_ids": [here]})
    return here, local, remote, api_with_key(key.json()["secret"])


def test_a_location_limited_key_cannot_pay_from_another_locations_clients_balance(api, api_with_key):
    here, local, remote, till = _two_locations_and_a_till(api, api_with_key)
    api.post(f"/clients/{remote}/balance/top-ups", json={"amount": gbp(5000), "method": "cash"})
    invoice = till.post(
        f"/clients/{local}/invoices",
        json={"discount_percent": "0", "lines": [{"description": "Cut", "kind": "service", "unit_price": gbp(1000)}]},
    ).json()

    paid = till.post(
        f"/invoices/{invoice['id']}/payments", json={"amount": gbp(1000), "method": "account_balance", "payer_client_id": remote}
    )

    assert paid.status_code == 404, paid.text  # the payer is not a client this key knows
    assert api.get(f"/clients/{remote}/balance").json()["credit"] == gbp(5000)


def test_a_location_limited_key_cannot_transfer_credit_to_another_locations_client(api, api_with_key):
    here, local, remote, till = _two_locations_and_a_till(api, api_with_key)
    api.post(f"/clients/{local}/balance/top-ups", json={"amount": gbp(5000), "method": "cash"})

    moved = till.post(f"/clients/{local}/balance/transfers", json={"to_client_id": remote, "amount": gbp(1000)})

    assert moved.status_code == 404, moved.text
    assert api.get(f"/clients/{remote}/balance").json()["credit"] == gbp(0)


def test_a_location_limited_key_cannot_delete_another_locations_clients_card(api, api_with_key):
    here, local, remote, till = _two_locations_and_a_till(api, api_with_key)
    card = api.post(
        f"/clients/{remote}/cards",
        json={"token": "tok_visa_4242", "brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2099},
    ).json()

    deleted = till.delete(f"/cards/{card['id']}")

    assert deleted.status_code == 404, deleted.text
    assert [c["id"] for c in api.get(f"/clients/{remote}/cards").json()["items"]] == [card["id"]]


def test_one_idempotency_key_on_two_clients_never_replays_the_first_clients_answer(api, client_id):
    other = api.post("/clients", json={"first_name": "Other"}).json()["id"]
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"amount": gbp(700), "method": "cash"}

    first = api.post(f"/clients/{client_id}/balance/top-ups", json=body, headers=key)
    second = api.post(f"/clients/{other}/balance/top-ups", json=body, headers=key)

    assert first.status_code == 201, first.text
    assert second.status_code == 409, second.text
    assert api.get(f"/clients/{other}/balance").json()["credit"] == gbp(0)
    assert api.get(f"/clients/{client_id}/balance").json()["credit"] == gbp(700)
