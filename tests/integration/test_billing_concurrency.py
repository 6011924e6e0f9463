"""Parallel requests against one balance: row locks serialize them, so it is never overdrawn."""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def parallel(new_api, requests, workers=10):
    """Run each (method, path, json, headers) at once, each on its own HTTP session."""

    def send(request):
        method, path, body, headers = request
        return new_api().request(method, path, json=body, headers=headers or {})

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(send, requests))


def test_ten_parallel_balance_payments_never_overdraw_the_balance(suite, api, api_with_key, client_id):
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(3500), "method": "cash"})
    invoices = [
        api.post(
            f"/clients/{client_id}/invoices",
            json={"discount_percent": "0", "lines": [{"description": "Massage", "kind": "service", "unit_price": gbp(1000)}]},
        ).json()
        for _ in range(10)
    ]

    started = time.monotonic()
    responses = parallel(
        lambda: api_with_key(suite.admin_key),
        [
            ("POST", f"/api/v1/invoices/{invoice['id']}/payments", {"amount": gbp(1000), "method": "account_balance"}, None)
            for invoice in invoices
        ],
    )
    elapsed = time.monotonic() - started

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] * 3 + [422] * 7, [r.text for r in responses]
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert balance["credit"] == gbp(500)
    assert balance["outstanding"] == gbp(7000)
    engine = sa.create_engine(suite.databases["billing"])
    with engine.connect() as conn:
        payments = conn.execute(
            sa.text("SELECT count(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.client_id = :c"),
            {"c": client_id},
        ).scalar()
    engine.dispose()
    assert payments == 3
    print(f"10 parallel balance payments: 3 accepted, 7 refused in {elapsed:.2f} s")


def test_parallel_twins_with_one_idempotency_key_move_money_once(suite, api, api_with_key, client_id):
    key = str(uuid.uuid4())
    body = {"amount": gbp(700), "method": "card"}

    twin = ("POST", f"/api/v1/clients/{client_id}/balance/top-ups", body, {"Idempotency-Key": key})
    responses = parallel(lambda: api_with_key(suite.admin_key), [twin] * 8)

    assert {r.status_code for r in responses} == {201}, [r.text for r in responses]
    assert len({r.json()["transaction_id"] for r in responses}) == 1
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert balance["balance"] == gbp(700)
    assert len(balance["entries"]) == 1


def test_parallel_transfers_between_two_clients_in_both_directions_do_not_deadlock(suite, api, api_with_key, client_id):
    other = api.post("/clients", json={"first_name": "Sib", "linked_clients": [{"client_id": client_id, "relation": "sibling"}]})
    other_id = other.json()["id"]
    for who in (client_id, other_id):
        api.post(f"/clients/{who}/balance/top-ups", json={"amount": gbp(1000), "method": "cash"})

    requests = []
    for i in range(10):
        source, target = (client_id, other_id) if i % 2 else (other_id, client_id)
        body = {"to_client_id": target, "amount": gbp(100)}
        requests.append(("POST", f"/api/v1/clients/{source}/balance/transfers", body, None))
    responses = parallel(lambda: api_with_key(suite.admin_key), requests)

    assert {r.status_code for r in responses} == {201}, [r.text for r in responses]
    total = sum(api.get(f"/clients/{who}/balance").json()["balance"]["amount"] for who in (client_id, other_id))
    assert total == 2000
