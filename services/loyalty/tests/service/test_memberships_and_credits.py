"""Memberships freeze, renew and cancel; credit packs adjust, roll over and share only with family."""

import uuid
from datetime import timedelta

import pytest

from clientcard_loyalty.domain.memberships import add_months


def test_a_freeze_moves_the_next_payment_by_the_frozen_days(loyalty, new_client_id):
    today = loyalty.clock().date()
    membership = loyalty.call(
        "issue_card",
        new_client_id,
        {
            "type": "membership",
            "plan": "Gym monthly",
            "price": {"amount": 4_500, "currency": "GBP"},
            "next_payment_on": (today + timedelta(days=20)).isoformat(),
        },
    )
    start, end = today + timedelta(days=5), today + timedelta(days=14)

    frozen = loyalty.call("freeze_membership", membership["id"], {"from": start.isoformat(), "until": end.isoformat()})

    assert frozen["effect"] == {
        "next_payment_on_before": membership["next_payment_on"],
        "next_payment_on_after": (today + timedelta(days=30)).isoformat(),
        "days": 10,
    }
    assert frozen["status"] == "active"  # the freeze has not started yet
    loyalty.clock.advance(days=6)
    assert loyalty.call("get_card_section", new_client_id)["memberships"][0]["status"] == "frozen"
    unfrozen = loyalty.call("end_membership_freeze", membership["id"])  # 1 of 10 frozen days taken
    assert (unfrozen["status"], unfrozen["next_payment_on"]) == ("active", (today + timedelta(days=21)).isoformat())
    assert unfrozen["freeze"] == {"from": start.isoformat(), "until": (today + timedelta(days=5)).isoformat()}
    renewed = loyalty.call("renew_membership", membership["id"])
    assert renewed["next_payment_on"] == add_months(today + timedelta(days=21), 1).isoformat()
    cancelled = loyalty.call("cancel_membership", membership["id"], {"reason": "moved away"})
    assert (cancelled["status"], cancelled["next_payment_on"]) == ("cancelled", None)


def test_credit_packs_adjust_with_a_reason_and_roll_over_into_the_next_pack(loyalty, new_client_id):
    today = loyalty.clock().date()
    soon = (today + timedelta(days=10)).isoformat()
    old = loyalty.call(
        "issue_card",
        new_client_id,
        {"type": "credit_pack", "service": "Massage 60", "credits": 5, "expires_on": soon, "rollover": "max:2"},
    )
    used = loyalty.call("adjust_credits", old["id"], {"credits": -1, "reason": "session on Tuesday"})
    assert used["credits_remaining"] == 4

    loyalty.clock.advance(days=11)
    new = loyalty.call("issue_card", new_client_id, {"type": "credit_pack", "service": "massage 60", "credits": 5})

    assert (new["credits_total"], new["credits_remaining"]) == (7, 7)
    history = loyalty.call("get_card", old["id"])["transactions"]
    assert [(t["type"], t["credits"]) for t in history][:2] == [("lapsed", -4), ("credits_adjusted", -1)]


def test_a_pack_that_is_not_shareable_refuses_another_client(loyalty, new_client_id):
    pack = loyalty.call("issue_card", new_client_id, {"type": "credit_pack", "service": "Yoga", "credits": 3})

    with pytest.raises(Exception) as error:
        loyalty.call(
            "adjust_credits", pack["id"], {"credits": -1, "reason": "sister's class", "used_by_client_id": str(uuid.uuid4())}
        )
    assert type(error.value).__name__ == "CreditsInvalid"
    assert loyalty.call("get_card", pack["id"])["credits_remaining"] == 3
