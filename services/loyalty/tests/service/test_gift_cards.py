"""Gift cards as billing's payment method: hold, then confirm or release; nothing lost when either side fails."""

from datetime import timedelta

import pytest


def gift_card(loyalty, client_id, amount=5_000, **extra):
    return loyalty.call(
        "issue_card", client_id, {"type": "gift_card", "initial_value": {"amount": amount, "currency": "GBP"}, **extra}
    )


def remaining(loyalty, code) -> int:
    return loyalty.call("get_gift_card", code)["remaining_value"]["amount"]


def test_a_hold_then_a_billing_failure_then_release_loses_nothing(loyalty, new_client_id):
    card = gift_card(loyalty, new_client_id)

    hold = loyalty.call("hold_gift_card", card["code"], 3_000, "GBP", "payment-attempt-1")
    assert hold["remaining_minor"] == 2_000
    # billing's transaction fails after the hold: it releases, twice (a retry)
    loyalty.call("release_gift_card_hold", hold["hold_id"])
    loyalty.call("release_gift_card_hold", hold["hold_id"])

    assert remaining(loyalty, card["code"]) == 5_000


def test_the_same_hold_key_is_the_same_hold_and_confirm_is_idempotent(loyalty, new_client_id):
    card = gift_card(loyalty, new_client_id)

    first = loyalty.call("hold_gift_card", card["code"], 1_500, "GBP", "payment-attempt-2")
    again = loyalty.call("hold_gift_card", card["code"], 1_500, "GBP", "payment-attempt-2")
    assert again["hold_id"] == first["hold_id"]
    for _ in range(2):
        confirmed = loyalty.call("confirm_gift_card_hold", first["hold_id"])

    assert confirmed["status"] == "confirmed"
    assert remaining(loyalty, card["code"]) == 3_500
    history = loyalty.call("get_card", card["id"])["transactions"]
    assert [(t["type"], t["amount"]["amount"]) for t in history] == [("redemption", -1_500), ("issued", 5_000)]


def test_a_hold_beyond_the_value_is_refused(loyalty, new_client_id):
    card = gift_card(loyalty, new_client_id, amount=1_000)

    with pytest.raises(Exception) as error:
        loyalty.call("hold_gift_card", card["code"], 1_001, "GBP", "payment-attempt-3")
    assert type(error.value).__name__ == "GiftCardInsufficient"
    with pytest.raises(Exception) as error:
        loyalty.call("hold_gift_card", "NO-SUCH-CODE", 1, "GBP", "payment-attempt-4")
    assert type(error.value).__name__ == "GiftCardNotFound"
    assert remaining(loyalty, card["code"]) == 1_000


def test_a_hold_billing_never_settles_is_released_after_fifteen_minutes(loyalty, new_client_id):
    card = gift_card(loyalty, new_client_id)
    hold = loyalty.call("hold_gift_card", card["code"], 5_000, "GBP", f"payment-attempt-{card['id']}")

    loyalty.clock.advance(minutes=14)
    loyalty.call("release_lapsed_gift_card_holds")
    assert remaining(loyalty, card["code"]) == 0
    loyalty.clock.advance(minutes=1)
    loyalty.call("release_lapsed_gift_card_holds")
    assert remaining(loyalty, card["code"]) == 5_000

    # billing committed after all and confirms late: the value is taken again, not lost
    assert loyalty.call("confirm_gift_card_hold", hold["hold_id"])["status"] == "confirmed"
    assert remaining(loyalty, card["code"]) == 0


def test_a_refund_of_a_gift_card_payment_puts_the_value_back(loyalty, events, new_client_id):
    card = gift_card(loyalty, new_client_id)
    paid = events.payment(new_client_id, 2_000, method="gift_card")
    hold = loyalty.call("hold_gift_card", card["code"], 2_000, "GBP", paid["payment_id"])
    loyalty.call("confirm_gift_card_hold", hold["hold_id"])
    loyalty.deliver("billing", "payment_recorded", paid)

    loyalty.deliver("billing", "refund_issued", events.refund(paid, 500))

    assert remaining(loyalty, card["code"]) == 3_500
    assert loyalty.call("get_card_section", new_client_id)["points"] == 0


def test_an_expired_gift_card_cannot_be_held(loyalty, new_client_id):
    card = gift_card(loyalty, new_client_id, expires_on=(loyalty.clock() + timedelta(days=1)).date().isoformat())
    loyalty.clock.advance(days=2)

    with pytest.raises(Exception) as error:
        loyalty.call("hold_gift_card", card["code"], 100, "GBP", f"late-{card['id']}")
    assert type(error.value).__name__ == "GiftCardInsufficient"


def test_a_gift_card_sold_on_an_invoice_is_spendable_once_the_invoice_is_paid(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 3_000)
    card = gift_card(loyalty, new_client_id, amount=5_000, invoice_id=paid["invoice_id"])
    assert card["status"] == "pending_payment"
    with pytest.raises(Exception) as error:
        loyalty.call("hold_gift_card", card["code"], 100, "GBP", f"too-early-{card['id']}")
    assert type(error.value).__name__ == "GiftCardInsufficient"

    # the payment may overtake the invoice: the card waits for both
    loyalty.deliver("billing", "payment_recorded", paid)
    assert loyalty.call("get_gift_card", card["code"])["status"] == "pending_payment"
    loyalty.deliver(
        "billing",
        "invoice_issued",
        events.envelope(
            invoice_id=paid["invoice_id"], client_id=new_client_id, location_id=None, total_minor=5_000, currency="GBP"
        ),
    )
    assert loyalty.call("get_gift_card", card["code"])["status"] == "pending_payment"
    loyalty.deliver("billing", "payment_recorded", {**events.payment(new_client_id, 2_000), "invoice_id": paid["invoice_id"]})

    assert loyalty.call("get_gift_card", card["code"])["status"] == "active"
    assert loyalty.call("hold_gift_card", card["code"], 100, "GBP", f"now-{card['id']}")["remaining_minor"] == 4_900
