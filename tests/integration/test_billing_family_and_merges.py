"""Money across clients: paying a family member's invoice, and merges that carry the account (and undo)."""

import uuid


def gbp(amount):
    return {"amount": amount, "currency": "GBP"}


def invoice_for(api, client_id, amount):
    response = api.post(
        f"/clients/{client_id}/invoices",
        json={"discount_percent": "0", "lines": [{"description": "Kids cut", "kind": "service", "unit_price": gbp(amount)}]},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_a_parent_pays_a_linked_childs_invoice_from_their_own_balance(api, client_id):
    child_id = api.post(
        "/clients", json={"first_name": "Kid", "linked_clients": [{"client_id": client_id, "relation": "child"}]}
    ).json()["id"]
    stranger_id = api.post("/clients", json={"first_name": "Stranger"}).json()["id"]
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(2000), "method": "card"})
    invoice_id = invoice_for(api, child_id, 1500)

    by_stranger = api.post(
        f"/invoices/{invoice_id}/payments",
        json={"amount": gbp(1500), "method": "account_balance", "payer_client_id": stranger_id},
    )
    by_parent = api.post(
        f"/invoices/{invoice_id}/payments", json={"amount": gbp(1500), "method": "account_balance", "payer_client_id": client_id}
    )

    assert by_stranger.status_code == 422, by_stranger.text
    assert by_parent.status_code == 201, by_parent.text
    assert by_parent.json()["status"] == "paid"
    assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(500)
    assert api.get(f"/clients/{child_id}/balance").json()["balance"] == gbp(0)


def test_a_merge_moves_the_duplicates_account_and_its_undo_moves_it_back(api, client_id, wait_until):
    duplicate_id = api.post("/clients", json={"first_name": "Test", "last_name": f"Dup {uuid.uuid4().hex[:6]}"}).json()["id"]
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(1000), "method": "cash"})
    api.post(f"/clients/{duplicate_id}/balance/top-ups", json={"amount": gbp(400), "method": "cash"})
    invoice_id = invoice_for(api, duplicate_id, 900)

    merge = api.post(f"/clients/{client_id}/merge", json={"source_id": duplicate_id})
    assert merge.status_code in (200, 201), merge.text

    def moved():
        survivor = api.get(f"/clients/{client_id}/balance").json()
        assert (survivor["credit"], survivor["outstanding"]) == (gbp(1400), gbp(900))
        assert api.get(f"/invoices/{invoice_id}").json()["client_id"] == client_id

    wait_until(moved)
    merge_id = merge.json()["merge"]["id"]
    undone = api.post(f"/merges/{merge_id}/undo")
    assert undone.status_code in (200, 201), undone.text

    def moved_back():
        assert api.get(f"/clients/{client_id}/balance").json()["balance"] == gbp(1000)
        assert api.get(f"/invoices/{invoice_id}").json()["client_id"] == duplicate_id

    wait_until(moved_back)
