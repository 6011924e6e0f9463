"""Tiers, earning policy, membership freezes, credit roll-over and gift-card checks."""

from datetime import UTC, date, datetime, timedelta

import pytest

from clientcard_loyalty.domain import credits, earning, gift_cards, memberships, tiers

RULES = [tiers.TierRule("vip", 100000), tiers.TierRule("gold", 50000)]


def test_the_highest_reached_threshold_names_the_tier():
    assert tiers.tier_for_spend(49999, RULES) is None
    assert tiers.tier_for_spend(50000, RULES) == "gold"
    assert tiers.tier_for_spend(100000, RULES) == "vip"


def test_spend_counts_only_inside_the_rolling_window_net_of_refunds():
    now = datetime(2026, 6, 1, tzinfo=UTC)
    since = tiers.window_start(now, 365)
    payments = [(now - timedelta(days=10), 60000, 10000), (now - timedelta(days=400), 90000, 0)]
    assert tiers.net_spend(payments, since) == 50000


def test_a_roll_lets_go_of_the_spend_recorded_between_the_window_starts_then_and_now():
    then, now = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 1, 1, tzinfo=UTC)
    assert tiers.window_passed(then, now, 365) == (then - timedelta(days=365), now - timedelta(days=365))
    assert tiers.window_passed(now, then, 365) == (then - timedelta(days=365), now - timedelta(days=365))  # clock set back
    assert tiers.window_passed(now, now, 365) == (now - timedelta(days=365), now - timedelta(days=365))  # nothing


def test_gift_card_payments_and_excluded_locations_earn_nothing():
    assert earning.earns("card", "loc-1", set())
    assert earning.earns("account_balance", None, set())
    assert not earning.earns("gift_card", "loc-1", set())
    assert not earning.earns("cash", "loc-2", {"loc-2"})


def test_a_freeze_before_the_next_payment_pushes_it_back_by_the_frozen_days():
    assert memberships.next_payment_after_freeze(date(2026, 7, 1), date(2026, 6, 20), date(2026, 6, 29)) == date(2026, 7, 11)
    assert memberships.next_payment_after_freeze(date(2026, 7, 1), date(2026, 7, 2), date(2026, 7, 5)) == date(2026, 7, 1)
    with pytest.raises(memberships.FreezeInvalid):
        memberships.next_payment_after_freeze(date(2026, 7, 1), date(2026, 6, 5), date(2026, 6, 1))


def test_membership_status_reads_frozen_only_inside_the_freeze():
    kw = {"cancelled": False, "frozen_from": date(2026, 6, 10), "frozen_until": date(2026, 6, 20)}
    assert memberships.status_on(date(2026, 6, 9), **kw) == "active"
    assert memberships.status_on(date(2026, 6, 10), **kw) == "frozen"
    assert memberships.status_on(date(2026, 6, 21), **kw) == "active"
    assert memberships.status_on(date(2026, 6, 15), **{**kw, "cancelled": True}) == "cancelled"


def test_add_months_clamps_to_the_end_of_the_month():
    assert memberships.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert memberships.add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_roll_over_rules():
    assert credits.rolled_over(5, "none") == 0
    assert credits.rolled_over(5, "all") == 5
    assert credits.rolled_over(5, "max:2") == 2
    assert credits.rolled_over(1, "max:2") == 1
    with pytest.raises(credits.CreditsInvalid):
        credits.rolled_over(5, "some")


def test_credits_never_go_below_zero():
    assert credits.adjusted(3, -1) == 2
    with pytest.raises(credits.CreditsInvalid):
        credits.adjusted(1, -2)
    with pytest.raises(credits.CreditsInvalid):
        credits.adjusted(1, 0)


def test_a_gift_card_refuses_what_it_cannot_cover():
    ok = {
        "remaining": 5000,
        "currency": "GBP",
        "expires_on": date(2026, 12, 31),
        "status": "active",
        "amount": 5000,
        "amount_currency": "GBP",
        "today": date(2026, 6, 1),
    }
    gift_cards.check_redeemable(**ok)
    for change in (
        {"amount": 5001},
        {"amount_currency": "EUR"},
        {"today": date(2027, 1, 1)},
        {"status": "deleted"},
        {"status": "pending_payment"},
        {"amount": 0},
    ):
        with pytest.raises(gift_cards.GiftCardRefused):
            gift_cards.check_redeemable(**{**ok, **change})


def test_a_hold_goes_stale_after_fifteen_minutes():
    created = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert not gift_cards.is_stale(created, created + timedelta(minutes=14, seconds=59))
    assert gift_cards.is_stale(created, created + timedelta(minutes=15))


def test_ending_a_freeze_early_gives_back_the_days_not_taken():
    start, end, pushed = date(2026, 6, 10), date(2026, 6, 19), date(2026, 7, 11)  # 10 days pushed 1 Jul to 11 Jul
    assert memberships.end_freeze_early(pushed, start, end, date(2026, 6, 15)) == (date(2026, 7, 6), start, date(2026, 6, 14))
    assert memberships.end_freeze_early(pushed, start, end, date(2026, 6, 1)) == (date(2026, 7, 1), None, None)
    # a freeze after the payment never moved it, so ending it moves nothing
    assert memberships.end_freeze_early(date(2026, 6, 5), start, end, date(2026, 6, 12)) == (
        date(2026, 6, 5),
        start,
        date(2026, 6, 11),
    )
    with pytest.raises(memberships.FreezeInvalid):
        memberships.end_freeze_early(pushed, start, end, date(2026, 6, 20))
