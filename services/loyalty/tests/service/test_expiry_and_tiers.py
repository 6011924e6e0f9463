"""Lots expire in order as the clock moves; tiers follow spend over the rolling window."""

import time
from datetime import timedelta


def test_write_offs_take_the_soonest_expiring_points_and_expiry_takes_the_rest_in_order(loyalty, events, new_client_id):
    start = loyalty.clock()
    first = events.payment(new_client_id, 5_000, recorded_at=start - timedelta(days=200))
    second = events.payment(new_client_id, 3_000, recorded_at=start - timedelta(days=100))
    for paid in (second, first):  # arrival order does not matter: expiry dates do
        loyalty.deliver("billing", "payment_recorded", paid)
    card_id = loyalty.call("get_card_section", new_client_id)["cards"][0]["id"]

    loyalty.call("adjust_points", card_id, {"points": -20, "reason": "goodwill correction"})

    first_expiry = (start + timedelta(days=165)).date().isoformat()
    second_expiry = (start + timedelta(days=265)).date().isoformat()
    assert loyalty.call("get_card_section", new_client_id)["expiring"] == [
        {"points": 30, "on": first_expiry},
        {"points": 30, "on": second_expiry},
    ]

    loyalty.clock.advance(days=152)  # 13 days before the first lot expires
    for _ in range(2):
        loyalty.call("process_due_points")
    notices = loyalty.outbox("points_expiring", new_client_id)
    assert [(n["points"], n["expires_on"], n["card_id"]) for n in notices] == [(30, first_expiry, card_id)]

    loyalty.clock.advance(days=13)  # the first lot's expiry date
    loyalty.call("process_due_points")
    loyalty.call("process_due_points")
    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 30
    assert section["expiring"] == [{"points": 30, "on": second_expiry}]
    assert [(e["points"], e["expires_on"]) for e in loyalty.outbox("points_expired", new_client_id)] == [(30, first_expiry)]
    assert [t["points"] for t in section["transactions"] if t["type"] == "expiry"] == [-30]


def test_a_write_off_beyond_the_balance_is_refused_and_changes_nothing(loyalty, events, new_client_id):
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 1_000))
    card_id = loyalty.call("get_card_section", new_client_id)["cards"][0]["id"]

    error = None
    try:
        loyalty.call("adjust_points", card_id, {"points": -11, "reason": "too much"})
    except Exception as raised:  # noqa: BLE001 - the RPC raises the service error
        error = raised
    assert type(error).__name__ == "InsufficientPoints"
    assert loyalty.call("get_card_section", new_client_id)["points"] == 10


def test_the_tier_goes_up_with_spend_and_down_by_refund_and_by_time(loyalty, events, new_client_id):
    big = events.payment(new_client_id, 60_000)
    loyalty.deliver("billing", "payment_recorded", big)
    assert loyalty.call("get_card_section", new_client_id)["tier"] is None

    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 40_000))
    assert loyalty.call("get_card_section", new_client_id)["tier"] == "vip"

    loyalty.deliver("billing", "refund_issued", events.refund(big, 100))
    assert loyalty.call("get_card_section", new_client_id)["tier"] is None

    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 100))
    assert loyalty.call("get_card_section", new_client_id)["tier"] == "vip"

    loyalty.clock.advance(days=366)  # the spend leaves the rolling window
    loyalty.call("process_due_points")
    assert loyalty.call("get_card_section", new_client_id)["tier"] is None

    changes = [(c["from_tier"], c["to_tier"]) for c in loyalty.outbox("tier_changed", new_client_id)]
    assert changes == [(None, "vip"), ("vip", None), (None, "vip"), ("vip", None)]


def test_two_payments_committing_at_once_both_count_for_the_tier(loyalty, events, new_client_id):
    loyalty.call("issue_card", new_client_id, {"type": "loyalty"})  # so neither worker races to issue one
    for _ in range(2):
        loyalty.publish("billing", "payment_recorded", events.payment(new_client_id, 60_000))

    deadline = time.monotonic() + 10
    while loyalty.call("get_card_section", new_client_id)["points"] < 1_200 and time.monotonic() < deadline:
        time.sleep(0.2)

    assert loyalty.call("get_card_section", new_client_id)["tier"] == "vip"
    assert len(loyalty.outbox("tier_changed", new_client_id)) == 1
