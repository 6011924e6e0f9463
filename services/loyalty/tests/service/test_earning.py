"""Earning from billing's payments exactly once, and refunds taking points back, over a real broker and database."""

import itertools
import time
from datetime import timedelta

from nameko.testing.services import entrypoint_waiter


def test_a_redelivered_payment_earns_points_once(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 12_550)

    for _ in range(3):
        loyalty.deliver("billing", "payment_recorded", paid)
    # billing re-publishing the same payment under a fresh event id earns nothing either
    loyalty.deliver(
        "billing",
        "payment_recorded",
        {**events.envelope(), **{k: v for k, v in paid.items() if k not in ("event_id", "occurred_at")}},
    )

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 125
    assert len(section["cards"]) == 1 and section["cards"][0]["points"] == 125
    assert [t["type"] for t in section["transactions"]] == ["earn"]
    assert section["transactions"][0]["payment_id"] == paid["payment_id"]
    assert len(loyalty.outbox("points_earned", new_client_id)) == 1


def test_gift_card_payments_earn_nothing_and_account_balance_payments_earn(loyalty, events, new_client_id):
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 5_000, method="gift_card"))
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 3_000, method="account_balance"))

    assert loyalty.call("get_card_section", new_client_id)["points"] == 30


def test_refunds_take_back_points_in_proportion_across_partial_refunds(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 10_100)
    loyalty.deliver("billing", "payment_recorded", paid)
    first = events.refund(paid, 5_050)

    loyalty.deliver("billing", "refund_issued", first)
    loyalty.deliver("billing", "refund_issued", first)  # redelivered: takes nothing more
    assert loyalty.call("get_card_section", new_client_id)["points"] == 51

    loyalty.deliver("billing", "refund_issued", events.refund(paid, 5_050))
    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 0
    reversals = [t for t in section["transactions"] if t["type"] == "refund_reversal"]
    assert sorted(t["points"] for t in reversals) == [-51, -50]
    assert all(t["payment_id"] == paid["payment_id"] for t in reversals)


def test_a_refund_of_points_already_spent_stops_at_zero(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 10_000)
    loyalty.deliver("billing", "payment_recorded", paid)
    card_id = loyalty.call("get_card_section", new_client_id)["cards"][0]["id"]
    loyalty.call("adjust_points", card_id, {"points": -80, "reason": "free product", "type": "redemption"})

    loyalty.deliver("billing", "refund_issued", events.refund(paid, 10_000))

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 0
    assert any(t["type"] == "refund_shortfall" for t in section["transactions"])


def test_a_refund_that_overtakes_its_payment_is_parked_and_applied_later(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 4_000)
    early = events.refund(paid, 4_000)

    loyalty.deliver("billing", "refund_issued", early)
    assert loyalty.rows("SELECT 1 FROM parked_events WHERE payload->>'event_id' = :e", e=early["event_id"])
    loyalty.deliver("billing", "payment_recorded", paid)
    assert loyalty.call("get_card_section", new_client_id)["points"] == 40

    assert loyalty.call("replay_parked_events") >= 1
    assert loyalty.call("get_card_section", new_client_id)["points"] == 0


def test_points_from_an_excluded_location_are_not_earned(loyalty, events, new_client_id):
    location = events.envelope()["event_id"]
    loyalty.deliver("profile", "location_created", events.envelope(location_id=location, name="Outlet", active=True))
    program = loyalty.call("get_program")
    loyalty.call("update_program", {"excluded_location_ids": [location]})
    try:
        loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 9_900, location_id=location))
        loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 1_000))
        assert loyalty.call("get_card_section", new_client_id)["points"] == 10
    finally:
        loyalty.call("update_program", {"excluded_location_ids": program["excluded_location_ids"]})


def test_a_payment_recorded_days_ago_starts_its_expiry_then(loyalty, events, new_client_id):
    long_ago = loyalty.clock() - timedelta(days=300)

    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 2_000, recorded_at=long_ago))

    expiring = loyalty.call("get_card_section", new_client_id)["expiring"]
    assert expiring == [{"points": 20, "on": (long_ago + timedelta(days=365)).date().isoformat()}]


def test_duplicates_delivered_at_the_same_time_earn_once(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 7_700)

    handled = itertools.count(1)
    # until every one of the six deliveries was handled (the workers run them concurrently)
    with entrypoint_waiter(
        loyalty.container, "handle_payment_recorded", timeout=10, callback=lambda worker, result, exc_info: next(handled) >= 6
    ):
        for _ in range(6):
            loyalty.publish("billing", "payment_recorded", paid)

    assert loyalty.call("get_card_section", new_client_id)["points"] == 77
    assert len(loyalty.outbox("points_earned", new_client_id)) == 1
    assert loyalty.rows("SELECT count(*) FROM parked_events WHERE payload->>'event_id' = :e", e=paid["event_id"])[0][0] == 0


def test_two_first_payments_at_once_share_one_card_and_lose_no_points(loyalty, events, new_client_id):
    for amount in (1_000, 2_000, 3_000):
        loyalty.publish("billing", "payment_recorded", events.payment(new_client_id, amount))

    deadline = time.monotonic() + 20
    while loyalty.call("get_card_section", new_client_id)["points"] != 60 and time.monotonic() < deadline:
        time.sleep(0.3)  # a worker that lost the race to issue the card is parked and retried

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 60
    assert len(section["cards"]) == 1
