"""Lot rules: earning, soonest-expiring-first spending, proportional refund reversal."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientcard_loyalty.domain import lots

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
TODAY = NOW.date()


def lot(name, remaining, expires_on, earned_day=1):
    return lots.Lot(name, remaining, expires_on, datetime(2026, 1, earned_day, tzinfo=UTC))


def test_points_are_earned_per_whole_unit_paid():
    assert lots.points_for_payment(1299, 1) == 12
    assert lots.points_for_payment(99, 1) == 0
    assert lots.points_for_payment(10000, 3) == 300
    assert lots.points_for_payment(-500, 1) == 0


def test_a_lot_expires_the_configured_number_of_days_after_it_was_earned():
    assert lots.expiry_date(datetime(2026, 1, 1, 23, tzinfo=UTC), 365) == date(2027, 1, 1)


def test_spending_takes_the_soonest_expiring_lot_first():
    held = [lot("late", 50, date(2026, 12, 1), 1), lot("soon", 30, date(2026, 7, 1), 5), lot("mid", 40, date(2026, 9, 1), 3)]

    assert lots.take(held, 60, TODAY) == [("soon", 30), ("mid", 30)]


def test_expired_and_empty_lots_are_never_spent():
    held = [lot("expired", 100, TODAY), lot("empty", 0, date(2026, 7, 1)), lot("live", 10, date(2026, 7, 2))]

    assert lots.take(held, 10, TODAY) == [("live", 10)]
    with pytest.raises(lots.NotEnoughPoints) as error:
        lots.take(held, 11, TODAY)
    assert error.value.available == 10


def test_a_partial_take_takes_what_there_is():
    assert lots.take([lot("a", 5, date(2026, 7, 1))], 8, TODAY, partial=True) == [("a", 5)]


def test_expiring_groups_live_points_by_date():
    same_day = date(2026, 7, 1)
    held = [lot("a", 5, same_day), lot("b", 7, same_day), lot("c", 3, date(2026, 8, 1)), lot("gone", 9, TODAY)]

    assert lots.expiring(held, TODAY) == [(same_day, 12), (date(2026, 8, 1), 3)]


def test_refund_reversal_is_proportional_on_running_totals():
    # 101 points for 101.00: two refunds of 50.50 take back 50 then 51 (not 50 + 50)
    first = lots.points_to_reverse(101, 10100, 5050, 0)
    second = lots.points_to_reverse(101, 10100, 10100, first)
    assert (first, second) == (50, 51)
    assert lots.points_to_reverse(100, 10000, 20000, 0) == 100  # never more than was earned
    assert lots.points_to_reverse(0, 10000, 5000, 0) == 0


lot_strategy = st.builds(
    lots.Lot,
    id=st.uuids(),
    remaining=st.integers(min_value=0, max_value=500),
    expires_on=st.dates(min_value=date(2026, 5, 1), max_value=date(2027, 12, 31)),
    earned_at=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 5, 31)).map(lambda d: d.replace(tzinfo=UTC)),
)


@given(held=st.lists(lot_strategy, max_size=12, unique_by=lambda x: x.id), wanted=st.integers(min_value=0, max_value=3000))
def test_taking_points_never_overdraws_a_lot_and_follows_expiry_order(held, wanted):
    try:
        taken = lots.take(held, wanted, TODAY)
    except lots.NotEnoughPoints:
        assert wanted > lots.balance(held, TODAY)
        return
    by_id = {x.id: x for x in held}
    assert sum(amount for _, amount in taken) == wanted
    for lot_id, amount in taken:
        assert 0 < amount <= by_id[lot_id].remaining  # no lot ever goes negative
        assert by_id[lot_id].expires_on > TODAY
    # every lot but the last is emptied, and no untouched live lot expires before a touched one
    assert all(amount == by_id[lot_id].remaining for lot_id, amount in taken[:-1])
    touched = {lot_id for lot_id, _ in taken}
    untouched = [x for x in lots.live(held, TODAY) if x.id not in touched]
    if taken and untouched:
        assert max(by_id[i].expires_on for i in touched) <= min(x.expires_on for x in untouched)
    assert lots.balance(held, TODAY) - wanted >= 0


@given(
    paid=st.integers(min_value=1, max_value=10_000_000),
    earned=st.integers(min_value=0, max_value=100_000),
    refunds=st.lists(st.integers(min_value=0, max_value=2_000_000), max_size=8),
)
def test_reversals_over_any_split_of_refunds_stay_proportional_and_never_exceed_the_earning(paid, earned, refunds):
    refunded, reversed_total = 0, 0
    for amount in refunds:
        refunded = min(refunded + amount, paid)
        step = lots.points_to_reverse(earned, paid, refunded, reversed_total)
        assert step >= 0
        reversed_total += step
    assert reversed_total == earned * refunded // paid
    assert reversed_total <= earned


def test_a_lot_earned_late_evening_in_another_offset_expires_by_its_utc_date():
    # 23:30 in New York on 1 January is 04:30 UTC on 2 January: the README promises UTC dates
    new_york_evening = datetime(2026, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert lots.expiry_date(new_york_evening, 10) == date(2026, 1, 12)
