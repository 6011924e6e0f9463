"""A merge through the API carries the duplicate's points, cards and spend to the survivor; its undo takes them back."""


def test_a_merge_adds_up_points_and_an_undo_splits_them_again(api, wait_until):
    target = api.post("/clients", json={"first_name": "Merge", "last_name": "Survivor"}).json()["id"]
    source = api.post("/clients", json={"first_name": "Merge", "last_name": "Duplicate"}).json()["id"]
    for client, points in ((target, 30), (source, 45)):
        card = api.post(f"/clients/{client}/loyalty-cards", json={"type": "loyalty"}).json()
        assert api.post(f"/loyalty-cards/{card['id']}/adjustments", json={"points": points, "reason": "seed"}).status_code == 201
    gift = {"type": "gift_card", "initial_value": {"amount": 1_000, "currency": "GBP"}}
    assert api.post(f"/clients/{source}/loyalty-cards", json=gift).status_code == 201

    merged = api.post(f"/clients/{target}/merge", json={"source_id": source})
    assert merged.status_code == 200, merged.text

    def added_up():
        body = api.get(f"/clients/{target}/loyalty").json()
        assert body["points"] == 75
        assert len(body["gift_cards"]) == 1
        assert len([c for c in body["cards"] if c["status"] == "active"]) == 1

    wait_until(added_up, timeout=15)

    assert api.post(f"/merges/{merged.json()['merge']['id']}/undo").status_code == 200

    def split_again():
        assert api.get(f"/clients/{target}/loyalty").json()["points"] == 30
        back = api.get(f"/clients/{source}/loyalty").json()
        assert (back["points"], len(back["gift_cards"])) == (45, 1)

    wait_until(split_again, timeout=15)
