"""Cards are issued with numbers, deleted without losing points or held value, and keep their history."""

import pytest


def test_a_deleted_loyalty_card_hands_its_points_to_the_next_card(loyalty, events, new_client_id):
    first = loyalty.call("issue_card", new_client_id, {"type": "loyalty", "number": f"CARD-{new_client_id[:8]}"})
    loyalty.call("adjust_points", first["id"], {"points": 40, "reason": "opening offer"})
    with pytest.raises(Exception) as error:
        loyalty.call("issue_card", new_client_id, {"type": "loyalty"})
    assert type(error.value).__name__ == "CardInvalid"  # one active loyalty card per client

    loyalty.call("delete_card", first["id"])
    assert loyalty.call("get_card_section", new_client_id)["points"] == 40
    replacement = loyalty.call("issue_card", new_client_id, {"type": "loyalty"})

    section = loyalty.call("get_card_section", new_client_id)
    assert [(c["id"], c["points"]) for c in section["cards"]] == [(replacement["id"], 40)]
    history = loyalty.call("get_card", first["id"])["transactions"]
    assert [t["type"] for t in history] == ["deleted", "accrual", "issued"]
    with pytest.raises(Exception) as error:
        loyalty.call("issue_card", str(events.envelope()["event_id"]), {"type": "loyalty", "number": first["number"]})
    assert type(error.value).__name__ == "CardConflict"  # numbers stay unique, even of deleted cards


def test_a_gift_card_with_a_payment_in_flight_cannot_be_deleted(loyalty, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 900, "currency": "GBP"}})
    hold = loyalty.call("hold_gift_card", card["code"], 500, "GBP", f"in-flight-{card['id']}")

    with pytest.raises(Exception) as error:
        loyalty.call("delete_card", card["id"])
    assert type(error.value).__name__ == "CardConflict"

    loyalty.call("confirm_gift_card_hold", hold["hold_id"])
    loyalty.call("delete_card", card["id"])
    assert loyalty.call("get_card_section", new_client_id)["gift_cards"] == []
