"""Invoices over HTTP: lines, discounts, tax-inclusive totals, split payments, refunds, voids, statistics, events."""

import uuid

import sqlalchemy as sa


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def line(price, description="Haircut", kind="service", **extra):
    return {"description": description, "kind": kind, "unit_price": gbp(price), **extra}


def outbox(suite, event_type, **match):
    engine = sa.create_engine(suite.databases["billing"])
    with engine.connect() as conn:
        rows = (
            conn.execute(sa.text("SELECT payload FROM outbox_events WHERE event_type = :t ORDER BY id"), {"t": event_type})
            .scalars()
            .all()
        )
    engine.dispose()
    return [row for row in rows if all(row.get(k) == v for k, v in match.items())]


def test_an_invoice_applies_line_and_personal_discounts_with_tax_included(api):
    client_id = api.post("/clients", json={"first_name": "Vera", "discount_percent": "10"}).json()["id"]

    response = api.post(
        f"/clients/{client_id}/invoices",
        json={
            "lines": [
                line(4000, staff="Ann", discount_percent="25"),
                line(1250, "Shampoo", "product", quantity=2),
            ]
        },
    )

    assert response.status_code == 201, response.text
    invoice = response.json()
    # 4000 - 25% = 3000; + 2 x 1250 = 5500; personal 10% off = 4950; 20% VAT inside = 825
    assert invoice["subtotal"] == gbp(5500)
    assert invoice["discount"] == gbp(550)
    assert invoice["total"] == gbp(4950)
    assert invoice["tax"] == gbp(825)
    assert (invoice["status"], invoice["paid"], invoice["due"]) == ("open", gbp(0), gbp(4950))
    assert api.get(f"/clients/{client_id}/balance").json()["outstanding"] == gbp(4950)
    assert api.get(f"/invoices/{invoice['id']}").json()["total"] == gbp(4950)


def test_split_payments_settle_an_invoice_and_overpayment_is_a_422(suite, api, client_id):
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(1000), "method": "cash"})
    invoice = api.post(f"/clients/{client_id}/invoices", json={"lines": [line(5000)], "discount_percent": "0"}).json()
    pay = lambda body: api.post(f"/invoices/{invoice['id']}/payments", json=body)  # noqa: E731

    from_balance = pay({"amount": gbp(1000), "method": "account_balance"})
    beyond_balance = pay({"amount": gbp(1), "method": "account_balance"})
    by_card = pay({"amount": gbp(2500), "method": "card"})
    overpaid = pay({"amount": gbp(1501), "method": "cash"})
    rest = pay({"amount": gbp(1500), "method": "cash"})

    assert from_balance.status_code == 201 and from_balance.json()["status"] == "partially_paid"
    assert beyond_balance.status_code == 422, beyond_balance.text
    assert by_card.json()["due"] == gbp(1500)
    assert overpaid.status_code == 422, overpaid.text
    assert rest.status_code == 201 and rest.json()["status"] == "paid" and rest.json()["due"] == gbp(0)
    balance = api.get(f"/clients/{client_id}/balance").json()
    assert (balance["balance"], balance["credit"], balance["outstanding"]) == (gbp(0), gbp(0), gbp(0))
    recorded = outbox(suite, "payment_recorded", invoice_id=invoice["id"])
    assert [(e["method"], e["amount_minor"]) for e in recorded] == [("account_balance", 1000), ("card", 2500), ("cash", 1500)]
    assert all(uuid.UUID(e["event_id"]) and e["currency"] == "GBP" for e in recorded)
    assert len(outbox(suite, "invoice_issued", invoice_id=invoice["id"])) == 1
    changes = outbox(suite, "balance_changed", client_id=client_id)
    assert [e["balance_minor"] for e in changes] == [1000, -4000, -4000, -1500, 0]  # top-up, invoice, 3 payments
    assert len({e["transaction_id"] for e in changes}) == len(changes)


def test_refunds_go_to_the_original_method_or_the_balance(suite, api, client_id):
    invoice = api.post(f"/clients/{client_id}/invoices", json={"lines": [line(3000)], "discount_percent": "0"}).json()
    api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(3000), "method": "card"})

    to_balance = api.post(f"/invoices/{invoice['id']}/refunds", json={"amount": gbp(1000), "to": "account_balance"})
    too_much = api.post(f"/invoices/{invoice['id']}/refunds", json={"amount": gbp(2001), "to": "original"})
    to_card = api.post(f"/invoices/{invoice['id']}/refunds", json={"amount": gbp(2000), "to": "original"})

    assert to_balance.status_code == 201, to_balance.text
    assert too_much.status_code == 422
    assert to_card.status_code == 201 and to_card.json()["status"] == "refunded"
    assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(1000)
    issued = outbox(suite, "refund_issued", invoice_id=invoice["id"])
    assert [(e["to"], e["amount_minor"]) for e in issued] == [("account_balance", 1000), ("original", 2000)]
    assert {e["payment_id"] for e in issued} == {invoice_id_payment(api, invoice["id"])}


def invoice_id_payment(api, invoice_id):
    (payment,) = api.get(f"/invoices/{invoice_id}").json()["payments"]
    return payment["id"]


def test_voiding_an_unpaid_invoice_clears_what_was_owed(api, client_id):
    invoice = api.post(f"/clients/{client_id}/invoices", json={"lines": [line(2000)]}).json()
    assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(-2000)

    voided = api.post(f"/invoices/{invoice['id']}/void", json={"reason": "entered twice"})
    again = api.post(f"/invoices/{invoice['id']}/void", json={})
    paid_after = api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(100), "method": "cash"})

    assert voided.status_code == 200 and voided.json()["status"] == "void"
    assert again.status_code == 422
    assert paid_after.status_code == 422
    assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(0)


def test_an_unknown_location_is_a_422_and_a_known_one_is_accepted(api, client_id, wait_until):
    unknown = api.post(f"/clients/{client_id}/invoices", json={"location_id": str(uuid.uuid4()), "lines": [line(100)]})
    assert unknown.status_code == 422 and "location_id" in unknown.json()["errors"]

    location = api.post("/locations", json={"name": f"Soho {uuid.uuid4().hex[:4]}", "timezone": "Europe/London"}).json()

    def accepted():
        response = api.post(f"/clients/{client_id}/invoices", json={"location_id": location["id"], "lines": [line(100)]})
        assert response.status_code == 201, response.text
        assert response.json()["location_id"] == location["id"]

    wait_until(accepted)


def test_statistics_and_the_card_show_real_figures(api, client_id):
    visit = str(uuid.uuid4())
    first = api.post(
        f"/clients/{client_id}/invoices",
        json={"visit_id": visit, "lines": [line(3000, "Colour", staff="Ann"), line(1000, "Blow dry", staff="Ben")]},
    ).json()
    second = api.post(f"/clients/{client_id}/invoices", json={"lines": [line(2000, "Colour", staff="Ann")]}).json()
    api.post(f"/invoices/{first['id']}/payments", json={"amount": gbp(4000), "method": "cash"})
    api.post(f"/invoices/{second['id']}/payments", json={"amount": gbp(500), "method": "card"})

    stats = api.get(f"/clients/{client_id}/statistics", params={"from": "2020-01-01", "to": "2099-12-31"})

    assert stats.status_code == 200, stats.text
    figures = stats.json()
    assert figures["total_sales"] == gbp(6000)
    assert figures["total_paid"] == gbp(4500)
    assert figures["outstanding"] == gbp(1500)
    assert figures["visits_paid"] == 1
    assert figures["average_ticket"] == gbp(3000)
    assert sum(m["revenue"]["amount"] for m in figures["revenue_per_month"]) == 6000
    assert figures["favourite_services"][0]["name"] == "Colour"
    assert figures["favourite_staff"][0] == {"name": "Ann", "count": 2, "amount": gbp(5000)}
    assert api.get(f"/clients/{client_id}/statistics", params={"from": "2001-01-01", "to": "2001-12-31"}).json()[
        "total_sales"
    ] == gbp(0)
    assert api.get(f"/clients/{client_id}/statistics", params={"from": "nope"}).status_code == 422
    card = api.get(f"/clients/{client_id}/card").json()
    assert card["balance"]["outstanding"] == gbp(1500)
    assert card["summary"]["total_spent"] == gbp(6000)
    assert card["summary"]["total_paid"] == gbp(4500)
    assert card["summary"]["balance"] == gbp(-1500)


def test_cards_on_file_keep_tokens_and_refuse_card_numbers(api, client_id):
    number = api.post(
        f"/clients/{client_id}/cards",
        json={"token": "4111 1111 1111 1111", "brand": "visa", "last4": "1111", "exp_month": 12, "exp_year": 2030},
    )
    saved = api.post(
        f"/clients/{client_id}/cards",
        json={"token": "tok_1QabcXYZ", "brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
    )

    assert number.status_code == 422 and "token" in number.json()["errors"]
    assert saved.status_code == 201, saved.text
    assert [c["last4"] for c in api.get(f"/clients/{client_id}/cards").json()["items"]] == ["4242"]
    key = {"Idempotency-Key": str(uuid.uuid4())}
    assert api.delete(f"/cards/{saved.json()['id']}", headers=key).status_code == 204
    assert api.delete(f"/cards/{saved.json()['id']}", headers=key).status_code == 204  # a replay
    assert api.get(f"/clients/{client_id}/cards").json()["items"] == []
    assert api.delete(f"/cards/{saved.json()['id']}").status_code == 404
