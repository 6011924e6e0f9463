"""Every change to a client's loyalty section is announced, so the card's read model can follow it."""


def _changes(loyalty, event_type, client_id) -> list[str]:
    return [event["change"] for event in loyalty.outbox(event_type, client_id)]


def test_gift_card_issue_hold_confirm_release_and_delete_are_each_announced(loyalty, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 900, "currency": "GBP"}})
    hold = loyalty.call("hold_gift_card", card["code"], 300, "GBP", f"events-{card['id']}")
    loyalty.call("confirm_gift_card_hold", hold["hold_id"])
    loyalty.call("release_gift_card_hold", hold["hold_id"])
    loyalty.call("delete_card", card["id"])

    assert sorted(_changes(loyalty, "gift_card_changed", new_client_id)) == sorted(
        ["issued", "held", "confirmed", "released", "deleted"]
    )
    assert all("holder_name" not in e and "code" not in e for e in loyalty.outbox("gift_card_changed", new_client_id))


def test_membership_and_credit_pack_changes_are_announced(loyalty, new_client_id):
    membership = loyalty.call(
        "issue_card", new_client_id, {"type": "membership", "plan": "gold", "period_months": 1, "next_payment_on": "2099-01-10"}
    )
    loyalty.call("renew_membership", membership["id"], {})
    loyalty.call("cancel_membership", membership["id"], {"reason": "moved away"})
    pack = loyalty.call("issue_card", new_client_id, {"type": "credit_pack", "service": "massage", "credits": 5})
    loyalty.call("adjust_credits", pack["id"], {"credits": -1, "reason": "session"})

    assert sorted(_changes(loyalty, "membership_changed", new_client_id)) == ["cancelled", "issued", "renewed"]
    assert sorted(_changes(loyalty, "credits_changed", new_client_id)) == ["adjusted", "issued"]


def test_points_taken_off_are_announced_as_points_spent(loyalty, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "loyalty"})
    loyalty.call("adjust_points", card["id"], {"points": 50, "reason": "welcome"})
    loyalty.call("adjust_points", card["id"], {"points": -20, "reason": "redeemed a treatment"})

    assert _changes(loyalty, "loyalty_card_changed", new_client_id) == ["issued"]
    assert [e["points"] for e in loyalty.outbox("points_spent", new_client_id)] == [20]
