"""The hourly tier roll recomputes only the clients whose spend left the window since it last ran.

A program change of tiers or window makes the next roll a full pass. The database is shared by the
run's tests, so each test first lets the roll the container ran at its start finish, then rolls once
itself: from there `rolled_to` is this test's clock.
"""

import time
from datetime import timedelta

import sqlalchemy as sa

VIP = 100_000


def roll(loyalty) -> None:
    loyalty.call("process_due_points")


def rolled_at_start(loyalty) -> None:
    """The eager run of the hourly timer (started with the container) done, then a roll at the test's clock."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(
        worker.entrypoint.method_name == "process_due_points" for worker in list(loyalty.container._worker_threads)
    ):
        time.sleep(0.05)
    roll(loyalty)


def tier(loyalty, client_id):
    return loyalty.call("get_card_section", client_id)["tier"]


def tier_changes(loyalty, client_id) -> list[tuple]:
    return [(c["from_tier"], c["to_tier"]) for c in loyalty.outbox("tier_changed", client_id)]


def set_tier_in_the_database(loyalty, client_id, value) -> None:
    with loyalty.engine.begin() as conn:
        conn.execute(sa.text("UPDATE client_tiers SET tier = :t WHERE client_id = :c"), {"t": value, "c": client_id})


def tiers_of(program: dict) -> list[dict]:
    return [{"name": t["name"], "min_spend": t["min_spend"]} for t in program["tiers"]]


def test_a_client_whose_spend_leaves_the_window_between_two_rolls_is_demoted_once(loyalty, events, new_client_id):
    rolled_at_start(loyalty)
    start = loyalty.clock()
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, VIP, recorded_at=start - timedelta(days=300)))
    on_the_edge = events.envelope()["event_id"]  # a second client, whose spend leaves the window at the third roll
    edge_paid_at = start - timedelta(days=365) + timedelta(days=70)
    loyalty.deliver("billing", "payment_recorded", events.payment(on_the_edge, VIP, recorded_at=edge_paid_at))
    assert (tier(loyalty, new_client_id), tier(loyalty, on_the_edge)) == ("vip", "vip")

    loyalty.clock.advance(days=30)  # the window starts 335 days back: both spends still in it
    roll(loyalty)
    assert (tier(loyalty, new_client_id), tier(loyalty, on_the_edge)) == ("vip", "vip")

    loyalty.clock.advance(days=40)  # the window starts at the second client's payment exactly: it still counts
    roll(loyalty)
    roll(loyalty)
    assert (tier(loyalty, new_client_id), tier(loyalty, on_the_edge)) == (None, "vip")
    assert tier_changes(loyalty, new_client_id) == [(None, "vip"), ("vip", None)]

    loyalty.clock.advance(minutes=1)  # the payment is the first instant of what this roll let go
    roll(loyalty)
    assert tier(loyalty, on_the_edge) is None
    assert tier_changes(loyalty, on_the_edge) == [(None, "vip"), ("vip", None)]
    assert tier_changes(loyalty, new_client_id) == [(None, "vip"), ("vip", None)]


def test_a_roll_recomputes_only_the_clients_whose_spend_crossed_the_window_until_the_program_changes(
    loyalty, events, new_client_id
):
    rolled_at_start(loyalty)
    start = loyalty.clock()
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 5_000, recorded_at=start - timedelta(days=10)))
    set_tier_in_the_database(loyalty, new_client_id, "vip")  # wrong, and no payment of theirs will cross the window
    crosser = events.envelope()["event_id"]
    loyalty.deliver(
        "billing", "payment_recorded", events.payment(crosser, VIP, recorded_at=start - timedelta(days=364, hours=12))
    )
    assert tier(loyalty, crosser) == "vip"

    loyalty.clock.advance(days=1)
    roll(loyalty)
    assert tier(loyalty, crosser) is None  # the roll ran
    assert tier(loyalty, new_client_id) == "vip"  # and never looked at this client

    program = loyalty.call("get_program")
    loyalty.call(
        "update_program", {"tiers": [*tiers_of(program), {"name": "gold", "min_spend": {"amount": 50_000, "currency": "GBP"}}]}
    )
    try:
        assert tier(loyalty, new_client_id) == "vip"  # the new rules apply at the next roll
        roll(loyalty)
        assert tier(loyalty, new_client_id) is None  # a full pass
        assert tier_changes(loyalty, new_client_id) == [("vip", None)]
    finally:
        loyalty.call("update_program", {"tiers": tiers_of(program)})


def test_lowering_a_threshold_promotes_a_client_without_a_tier_at_the_next_roll(loyalty, events, new_client_id):
    rolled_at_start(loyalty)
    start = loyalty.clock()
    loyalty.deliver("billing", "payment_recorded", events.payment(new_client_id, 50_000, recorded_at=start - timedelta(days=10)))
    assert tier(loyalty, new_client_id) is None

    program = loyalty.call("get_program")
    lowered = [{"name": t["name"], "min_spend": {**t["min_spend"], "amount": 40_000}} for t in tiers_of(program)]
    loyalty.call("update_program", {"tiers": lowered})
    try:
        loyalty.clock.advance(minutes=5)
        roll(loyalty)
        assert tier(loyalty, new_client_id) == "vip"
        assert tier_changes(loyalty, new_client_id) == [(None, "vip")]
    finally:
        loyalty.call("update_program", {"tiers": tiers_of(program)})
