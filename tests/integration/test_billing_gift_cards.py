"""Gift card payments go through loyalty's hold-and-confirm: either both sides move, or neither does."""

import uuid


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def gift_card(api, client_id, value):
    code = f"GIFT-{uuid.uuid4().hex[:10].upper()}"
    response = api.post(
        f"/clients/{client_id}/loyalty-cards", json={"type": "gift_card", "initial_value": gbp(value), "code": code}
    )
    assert response.status_code == 201, response.text
    return code


def remaining(api, code):
    return api.get(f"/gift-cards/{code}").json()["remaining_value"]


def open_invoice(api, client_id, amount):
    response = api.post(
        f"/clients/{client_id}/invoices",
        json={"discount_percent": "0", "lines": [{"description": "Facial", "kind": "service", "unit_price": gbp(amount)}]},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_a_gift_card_pays_part_of_an_invoice_and_its_value_goes_down(api, client_id, wait_until):
    code = gift_card(api, client_id, 3000)
    invoice_id = open_invoice(api, client_id, 5000)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"amount": gbp(2000), "method": "gift_card", "gift_card_code": code}

    paid = api.post(f"/invoices/{invoice_id}/payments", json=body, headers=key)
    replayed = api.post(f"/invoices/{invoice_id}/payments", json=body, headers=key)

    assert paid.status_code == 201, paid.text
    assert replayed.json() == paid.json()
    assert (paid.json()["status"], paid.json()["due"]) == ("partially_paid", gbp(3000))

    def charged_once():
        assert remaining(api, code) == gbp(1000)

    wait_until(charged_once)
    assert api.get(f"/clients/{client_id}/balance").json()["outstanding"] == gbp(3000)


def test_a_gift_card_that_cannot_cover_the_payment_charges_nothing(api, client_id):
    code = gift_card(api, client_id, 1000)
    invoice_id = open_invoice(api, client_id, 5000)

    def pay(amount, gift_card_code):
        body = {"amount": gbp(amount), "method": "gift_card", "gift_card_code": gift_card_code}
        return api.post(f"/invoices/{invoice_id}/payments", json=body)

    short, unknown, overpay = pay(1001, code), pay(100, "NO-SUCH-CARD"), pay(5001, code)

    assert short.status_code == 422, short.text
    assert unknown.status_code == 404, unknown.text
    assert overpay.status_code == 422, overpay.text
    assert remaining(api, code) == gbp(1000)
    invoice = api.get(f"/invoices/{invoice_id}").json()
    assert invoice["paid"] == gbp(0) and invoice["payments"] == []


def test_with_loyalty_down_a_gift_card_payment_is_refused_and_nothing_is_charged(suite, api, client_id):
    code = gift_card(api, client_id, 2000)
    invoice_id = open_invoice(api, client_id, 2000)
    suite.stop("loyalty")
    try:
        refused = api.post(
            f"/invoices/{invoice_id}/payments", json={"amount": gbp(500), "method": "gift_card", "gift_card_code": code}
        )
    finally:
        suite.start("loyalty")
    suite.wait_ready()

    assert refused.status_code == 503, refused.text
    assert api.get(f"/invoices/{invoice_id}").json()["paid"] == gbp(0)
    assert api.get(f"/clients/{client_id}/balance").json()["outstanding"] == gbp(2000)
