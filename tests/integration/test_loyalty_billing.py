"""Loyalty and billing together over HTTP: card payments earn, gift cards pay, refunds reverse."""

import uuid


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def invoice_for(api, client_id, total):
    response = api.post(
        f"/clients/{client_id}/invoices", json={"lines": [{"description": "Colour", "kind": "service", "unit_price": gbp(total)}]}
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_card_payment_earns_points_and_its_refund_takes_them_back(api, client_id, wait_until):
    invoice = invoice_for(api, client_id, 8_000)
    paid = api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(8_000), "method": "card"})
    assert paid.status_code in (200, 201), paid.text

    wait_until(lambda: _points_are(api, client_id, 80))
    refunded = api.post(f"/invoices/{invoice['id']}/refunds", json={"amount": gbp(2_000), "to": "original", "reason": "redo"})
    assert refunded.status_code in (200, 201), refunded.text

    wait_until(lambda: _points_are(api, client_id, 60))


def test_paying_with_a_gift_card_spends_its_value_earns_no_points_and_a_refund_restores_it(api, client_id, wait_until):
    code = "GIFT-" + uuid.uuid4().hex[:8].upper()
    issued = api.post(
        f"/clients/{client_id}/loyalty-cards", json={"type": "gift_card", "initial_value": gbp(5_000), "code": code}
    )
    assert issued.status_code == 201, issued.text
    invoice = invoice_for(api, client_id, 3_000)

    too_much = api.post(
        f"/invoices/{invoice['id']}/payments",
        json={"amount": gbp(3_000), "method": "gift_card", "gift_card_code": "NO-SUCH-CODE"},
    )
    paid = api.post(
        f"/invoices/{invoice['id']}/payments", json={"amount": gbp(3_000), "method": "gift_card", "gift_card_code": code}
    )

    assert too_much.status_code in (404, 422)
    assert paid.status_code in (200, 201), paid.text
    wait_until(lambda: _remaining_is(api, code, 2_000, status="confirmed"))
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == 0

    refunded = api.post(f"/invoices/{invoice['id']}/refunds", json={"amount": gbp(1_000), "to": "original", "reason": "x"})
    assert refunded.status_code in (200, 201), refunded.text
    wait_until(lambda: _remaining_is(api, code, 3_000))


def _points_are(api, client_id, points):
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == points


def _remaining_is(api, code, amount, status=None):
    card = api.get(f"/gift-cards/{code}").json()
    assert card["remaining_value"]["amount"] == amount
    if status == "confirmed":
        history = api.get(f"/loyalty-cards/{card['id']}").json()["transactions"]
        assert history[0]["type"] == "redemption"


def test_a_gift_card_sold_on_an_invoice_line_activates_when_the_invoice_is_paid(api, client_id, wait_until):
    invoice = api.post(
        f"/clients/{client_id}/invoices",
        json={"lines": [{"description": "Gift card", "kind": "gift_card", "unit_price": gbp(5_000)}]},
    ).json()
    issued = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={"type": "gift_card", "initial_value": gbp(5_000), "invoice_id": invoice["id"]},
    )
    assert issued.status_code == 201, issued.text
    code = issued.json()["code"]
    assert issued.json()["status"] == "pending_payment"

    paid = api.post(f"/invoices/{invoice['id']}/payments", json={"amount": gbp(5_000), "method": "cash"})
    assert paid.status_code in (200, 201), paid.text

    wait_until(lambda: _status_is(api, code, "active"))
    wait_until(lambda: _points_are(api, client_id, 50))  # the buyer earns on the purchase, not on the redemption


def _status_is(api, code, status):
    assert api.get(f"/gift-cards/{code}").json()["status"] == status
