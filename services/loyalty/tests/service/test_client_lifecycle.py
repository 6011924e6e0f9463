"""loyalty obeys profile's merge, merge undo and erasure."""

import uuid


def merge_event(events, survivor, duplicate, merge_id=None):
    return events.envelope(merge_id=merge_id or str(uuid.uuid4()), client_id=survivor, source_id=duplicate)


def test_a_merge_adds_up_points_and_cards_and_its_undo_moves_exactly_them_back(loyalty, events, new_client_id):
    survivor, duplicate = new_client_id, str(uuid.uuid4())
    loyalty.deliver("billing", "payment_recorded", events.payment(survivor, 10_000))
    loyalty.deliver("billing", "payment_recorded", events.payment(duplicate, 95_000))
    loyalty.call("issue_card", duplicate, {"type": "gift_card", "initial_value": {"amount": 2_500, "currency": "GBP"}})
    merged = merge_event(events, survivor, duplicate)

    loyalty.deliver("profile", "client_merged", merged)
    loyalty.deliver("profile", "client_merged", merged)  # redelivered: nothing more moves

    section = loyalty.call("get_card_section", survivor)
    assert section["points"] == 1_050
    assert section["tier"] == "vip"  # 100.00 + 950.00 of spend add up too
    assert len(section["gift_cards"]) == 1
    assert [c["status"] for c in section["cards"] if c["status"] == "active"] == ["active"]
    assert loyalty.call("get_card_section", duplicate)["points"] == 0

    # a payment after the merge stays with the survivor when the merge is undone
    loyalty.deliver("billing", "payment_recorded", events.payment(survivor, 1_000))
    loyalty.deliver(
        "profile", "client_merge_undone", events.envelope(merge_id=merged["merge_id"], client_id=survivor, source_id=duplicate)
    )

    back, kept = loyalty.call("get_card_section", duplicate), loyalty.call("get_card_section", survivor)
    assert (back["points"], kept["points"]) == (950, 110)
    assert len(back["gift_cards"]) == 1 and kept["gift_cards"] == []
    assert [c["status"] for c in back["cards"]] == ["active"]
    assert (back["tier"], kept["tier"]) == (None, None)


def test_erasure_drops_names_and_reasons_and_keeps_the_numbers(loyalty, events, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "loyalty", "holder_name": "Jane Doe"})
    loyalty.call("adjust_points", card["id"], {"points": 25, "reason": "Jane's birthday"})

    loyalty.deliver("profile", "client_erased", events.envelope(client_id=new_client_id))

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 25
    assert section["cards"][0]["holder_name"] is None
    assert all(t["reason"] is None for t in section["transactions"])


def test_erasure_asked_for_directly_is_the_same_and_can_be_repeated(loyalty, new_client_id):
    card = loyalty.call(
        "issue_card",
        new_client_id,
        {"type": "gift_card", "holder_name": "John Roe", "initial_value": {"amount": 1_000, "currency": "GBP"}},
    )

    assert loyalty.call("erase_client_data", new_client_id) >= 2
    loyalty.call("erase_client_data", new_client_id)

    assert loyalty.call("get_card", card["id"])["holder_name"] is None
    assert loyalty.call("export_client_data", new_client_id)["gift_cards"][0]["remaining_value"]["amount"] == 1_000
