"""The money and points defects found by trying the suite as a new user would, each pinned by a test:
writes on erased or merged-away clients are 409s and change nothing, a merge undo gives back the payments
made while merged, and refunding the sale of a gift card takes back at most what is left on the card."""

from __future__ import annotations

import uuid


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


def new_client(api, name: str = "Mona") -> str:
    response = api.post("/clients", json={"first_name": name, "last_name": f"Money {uuid.uuid4().hex[:8]}"})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def invoice_for(api, client_id: str, amount: int, kind: str = "service") -> str:
    response = api.post(
        f"/clients/{client_id}/invoices",
        json={"discount_percent": "0", "lines": [{"description": "Sale", "kind": kind, "unit_price": gbp(amount)}]},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def pay(api, invoice_id: str, amount: int, **extra):
    return api.post(f"/invoices/{invoice_id}/payments", json={"amount": gbp(amount), "method": "cash", **extra})


def books(api, client_id: str) -> dict:
    """What a refused write must leave as it was."""
    return {
        "balance": api.get(f"/clients/{client_id}/balance").json(),
        "invoices": api.get(f"/clients/{client_id}/invoices").json(),
        "loyalty": api.get(f"/clients/{client_id}/loyalty").json(),
    }


def test_every_money_and_point_write_on_an_erased_client_is_a_409_and_changes_nothing(api, wait_until):
    client_id = new_client(api)
    card = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()
    assert api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(3000), "method": "cash"}).status_code == 201
    open_invoice, paid_invoice = invoice_for(api, client_id, 1000), invoice_for(api, client_id, 2000)
    assert pay(api, paid_invoice, 2000).status_code == 201
    wait_until(lambda: _points_are(api, client_id, 20), timeout=20)
    erasure = api.post(f"/clients/{client_id}/erase", json={"reason": "client asked"})
    assert erasure.status_code == 202, erasure.text
    wait_until(lambda: _erasure_completed(api, erasure.json()["id"]), timeout=30)
    before = books(api, client_id)

    answers = {
        "payment": pay(api, open_invoice, 500),
        "balance payment": pay(api, open_invoice, 500, method="account_balance"),
        "refund": api.post(f"/invoices/{paid_invoice}/refunds", json={"amount": gbp(500), "to": "original", "reason": "x"}),
        "refund to balance": api.post(
            f"/invoices/{paid_invoice}/refunds", json={"amount": gbp(500), "to": "account_balance", "reason": "x"}
        ),
        "top-up": api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(100), "method": "cash"}),
        "adjustment": api.post(f"/clients/{client_id}/balance/adjustments", json={"amount": gbp(-100), "reason": "x"}),
        "points": api.post(f"/loyalty-cards/{card['id']}/adjustments", json={"points": 10, "reason": "x"}),
        "write-off": api.post(f"/loyalty-cards/{card['id']}/adjustments", json={"points": -10, "reason": "x"}),
    }

    assert {name: (answer.status_code, answer.text[:120]) for name, answer in answers.items() if answer.status_code != 409} == {}
    assert books(api, client_id) == before


def test_every_money_write_on_a_merged_away_client_is_a_409_and_its_invoices_are_paid_at_the_survivor(api, wait_until):
    survivor, duplicate = new_client(api, "Sue"), new_client(api, "Dup")
    assert api.post(f"/clients/{duplicate}/balance/top-ups", json={"amount": gbp(1000), "method": "cash"}).status_code == 201
    invoice_id = invoice_for(api, duplicate, 600)
    merge = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate})
    assert merge.status_code in (200, 201), merge.text
    wait_until(lambda: _invoice_belongs_to(api, invoice_id, survivor), timeout=20)

    def refused():
        answers = {
            "top-up": api.post(f"/clients/{duplicate}/balance/top-ups", json={"amount": gbp(100), "method": "cash"}),
            "adjustment": api.post(f"/clients/{duplicate}/balance/adjustments", json={"amount": gbp(100), "reason": "x"}),
            "transfer": api.post(f"/clients/{duplicate}/balance/transfers", json={"amount": gbp(100), "to_client_id": survivor}),
            "invoice": api.post(
                f"/clients/{duplicate}/invoices",
                json={"lines": [{"description": "x", "kind": "service", "unit_price": gbp(100)}]},
            ),
            "loyalty card": api.post(f"/clients/{duplicate}/loyalty-cards", json={"type": "loyalty"}),
        }
        assert {name: answer.status_code for name, answer in answers.items()} == dict.fromkeys(answers, 409)

    wait_until(refused, timeout=20)
    paid = pay(api, invoice_id, 600, method="account_balance")
    assert paid.status_code == 201, paid.text  # from the credit the merge moved over
    assert api.get(f"/clients/{survivor}/balance").json()["balance"] == gbp(400)


def test_a_merge_undo_leaves_payments_made_while_merged_with_the_client_whose_invoice_they_paid(api, wait_until):
    survivor, duplicate = new_client(api, "Sue"), new_client(api, "Dup")
    invoice_id = invoice_for(api, duplicate, 900)
    merge = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate})
    assert merge.status_code in (200, 201), merge.text
    wait_until(lambda: _invoice_belongs_to(api, invoice_id, survivor), timeout=20)
    paid = pay(api, invoice_id, 500)
    assert paid.status_code == 201, paid.text
    payment_id = paid.json()["payment"]["id"]

    undone = api.post(f"/merges/{merge.json()['merge']['id']}/undo")
    assert undone.status_code in (200, 201), undone.text
    wait_until(lambda: _invoice_belongs_to(api, invoice_id, duplicate), timeout=20)

    def payment_went_back():
        duplicates = api.get(f"/clients/{duplicate}/balance").json()
        assert (duplicates["outstanding"], duplicates["balance"]) == (gbp(400), gbp(-400))
        survivors = api.get(f"/clients/{survivor}/balance").json()
        assert (survivors["outstanding"], survivors["credit"], survivors["balance"]) == (gbp(0), gbp(0), gbp(0))
        assert payment_id in _timeline_ids(api, duplicate, "payment")
        assert payment_id not in _timeline_ids(api, survivor, "payment")

    wait_until(payment_went_back, timeout=20)
    assert api.get(f"/invoices/{invoice_id}").json()["due"] == gbp(400)


def test_refunding_the_sale_of_a_gift_card_takes_back_at_most_what_is_left_on_it(api, wait_until):
    buyer = new_client(api, "Buyer")
    sale = invoice_for(api, buyer, 5000, kind="gift_card")
    card = api.post(f"/clients/{buyer}/loyalty-cards", json={"type": "gift_card", "initial_value": gbp(5000), "invoice_id": sale})
    assert card.status_code == 201, card.text
    code = card.json()["code"]
    assert pay(api, sale, 5000).status_code == 201
    wait_until(lambda: _gift_card(api, code)["status"] == "active" or _fail("not active yet"), timeout=20)
    spent = pay(api, invoice_for(api, buyer, 3000), 3000, method="gift_card", gift_card_code=code)
    assert spent.status_code == 201, spent.text
    assert _gift_card(api, code)["remaining_value"] == gbp(2000)

    first = api.post(f"/invoices/{sale}/refunds", json={"amount": gbp(500), "to": "original", "reason": "changed mind"})
    assert first.status_code == 201, first.text
    wait_until(lambda: _remaining_is(api, code, 1500), timeout=20)
    rest = api.post(f"/invoices/{sale}/refunds", json={"amount": gbp(4500), "to": "original", "reason": "changed mind"})
    assert rest.status_code == 201, rest.text

    wait_until(lambda: _remaining_is(api, code, 0), timeout=20)  # 1500 was left: 3000 of the value was spent
    assert api.get(f"/invoices/{sale}").json()["status"] == "refunded"  # the money went back by cash, all 5000
    taken = [t for t in api.get(f"/loyalty-cards/{card.json()['id']}").json()["transactions"] if t["type"] == "sale_refunded"]
    assert sorted(t["amount"]["amount"] for t in taken) == [-1500, -500]


def _fail(message: str):
    raise AssertionError(message)


def _gift_card(api, code: str) -> dict:
    return api.get(f"/gift-cards/{code}").json()


def _remaining_is(api, code: str, amount: int) -> None:
    assert _gift_card(api, code)["remaining_value"] == gbp(amount)


def _points_are(api, client_id: str, points: int) -> None:
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == points


def _erasure_completed(api, erasure_id: str) -> None:
    assert api.get(f"/erasures/{erasure_id}").json()["status"] == "completed"


def _invoice_belongs_to(api, invoice_id: str, client_id: str) -> None:
    assert api.get(f"/invoices/{invoice_id}").json()["client_id"] == client_id


def _timeline_ids(api, client_id: str, kind: str) -> set[str]:
    return {item["source"]["id"] for item in api.get(f"/clients/{client_id}/timeline", params={"kind": kind}).json()["items"]}
