"""Review findings: a refund counted once by refund id, and a hold key naming one hold on one card."""

import pytest


def _republished(events, event: dict) -> dict:
    """The same business event under a fresh event id (billing's relay re-publishing it)."""
    return {**event, **{k: v for k, v in events.envelope().items() if k in ("event_id", "occurred_at")}}


def test_a_refund_republished_under_a_new_event_id_takes_points_back_once(loyalty, events, new_client_id):
    paid = events.payment(new_client_id, 10_000)
    loyalty.deliver("billing", "payment_recorded", paid)
    half = events.refund(paid, 5_000)

    loyalty.deliver("billing", "refund_issued", half)
    loyalty.deliver("billing", "refund_issued", _republished(events, half))

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 50
    assert [t["points"] for t in section["transactions"] if t["type"] == "refund_reversal"] == [-50]


def test_a_gift_card_refund_republished_under_a_new_event_id_restores_the_value_once(loyalty, events, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 5_000, "currency": "GBP"}})
    paid = events.payment(new_client_id, 3_000, method="gift_card")
    hold = loyalty.call("hold_gift_card", card["code"], 3_000, "GBP", f"billing-payment:{paid['payment_id']}")
    loyalty.call("confirm_gift_card_hold", hold["hold_id"], payment_id=paid["payment_id"])
    loyalty.deliver("billing", "payment_recorded", paid)
    partial = events.refund(paid, 1_000)

    loyalty.deliver("billing", "refund_issued", partial)
    loyalty.deliver("billing", "refund_issued", _republished(events, partial))

    assert loyalty.call("get_gift_card", card["code"])["remaining_value"]["amount"] == 3_000


def test_a_hold_key_reused_on_another_gift_card_is_a_conflict_not_the_other_cards_hold(loyalty, new_client_id):
    first = loyalty.call(
        "issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 5_000, "currency": "GBP"}}
    )
    other_client = new_client_id[:-4] + "beef"
    second = loyalty.call(
        "issue_card", other_client, {"type": "gift_card", "initial_value": {"amount": 5_000, "currency": "GBP"}}
    )
    loyalty.call("hold_gift_card", first["code"], 1_000, "GBP", f"shared-key-{new_client_id}")

    with pytest.raises(Exception) as error:
        loyalty.call("hold_gift_card", second["code"], 2_000, "GBP", f"shared-key-{new_client_id}")

    assert type(error.value).__name__ == "GiftCardHoldConflict"
    assert loyalty.call("get_gift_card", first["code"])["remaining_value"]["amount"] == 4_000
    assert loyalty.call("get_gift_card", second["code"])["remaining_value"]["amount"] == 5_000


def test_the_largest_payment_billing_accepts_earns_its_points_instead_of_parking(loyalty, events, new_client_id):
    # billing accepts up to 10**12 minor units; at 1 point per unit that is 10**10 points, beyond a 32-bit column
    paid = events.payment(new_client_id, 10**12)

    loyalty.deliver("billing", "payment_recorded", paid)

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 10**10
    loyalty.deliver("billing", "refund_issued", events.refund(paid, 10**12))
    assert loyalty.call("get_card_section", new_client_id)["points"] == 0
    assert loyalty.rows("SELECT count(*) FROM parked_events WHERE payload->>'payment_id' = :p", p=paid["payment_id"])[0][0] == 0


def test_points_cannot_be_added_to_a_loyalty_card_closed_by_a_merge(loyalty, events, new_client_id):
    survivor, duplicate = new_client_id, new_client_id[:-4] + "d0d0"
    loyalty.call("issue_card", survivor, {"type": "loyalty"})
    closed = loyalty.call("issue_card", duplicate, {"type": "loyalty"})
    loyalty.deliver("profile", "client_merged", events.envelope(merge_id=new_client_id, client_id=survivor, source_id=duplicate))

    with pytest.raises(Exception) as error:
        loyalty.call("adjust_points", closed["id"], {"points": 100, "reason": "welcome"})

    assert type(error.value).__name__ == "CardInvalid"
    assert loyalty.call("get_card", closed["id"])["points"] == 0


def test_an_unknown_gift_card_code_with_odd_characters_is_a_404(loyalty):
    for code in ("NO\x00SUCH", "x" * 5_000, "ÆØÅ-ĸ", ""):
        with pytest.raises(Exception) as error:
            loyalty.call("get_gift_card", code)
        assert type(error.value).__name__ == "GiftCardNotFound", (code[:10], error.value)
        with pytest.raises(Exception) as error:
            loyalty.call("hold_gift_card", code, 100, "GBP", f"odd-{code[:10]}")
        assert type(error.value).__name__ == "GiftCardNotFound", (code[:10], error.value)


def test_text_with_a_nul_character_is_a_422_not_a_database_error(loyalty, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "loyalty"})
    membership = loyalty.call(
        "issue_card", new_client_id, {"type": "membership", "plan": "Gold", "next_payment_on": "2030-01-01"}
    )
    attempts = [
        lambda: loyalty.call("adjust_points", card["id"], {"points": 5, "reason": "a\x00b"}),
        lambda: loyalty.call("issue_card", new_client_id, {"type": "credit_pack", "service": "Spa\x00", "credits": 3}),
        lambda: loyalty.call(
            "issue_card",
            new_client_id,
            {"type": "gift_card", "holder_name": "J\x00", "initial_value": {"amount": 100, "currency": "GBP"}},
        ),
        lambda: loyalty.call("cancel_membership", membership["id"], {"reason": "moved\x00away"}),
        lambda: loyalty.call("renew_membership", membership["id"], {"reason": "paid\x00"}),
    ]
    for attempt in attempts:
        with pytest.raises(Exception) as error:
            attempt()
        assert type(error.value).__name__ in ("InvalidInput", "CardInvalid", "MembershipInvalid"), error.value
    assert loyalty.call("get_card", membership["id"])["status"] == "active"


def test_a_freeze_or_renewal_past_the_end_of_the_calendar_is_a_422(loyalty, new_client_id):
    membership = loyalty.call(
        "issue_card", new_client_id, {"type": "membership", "plan": "Gold", "next_payment_on": "9999-12-15"}
    )
    today = loyalty.clock.now.date().isoformat()

    for attempt in (
        lambda: loyalty.call("freeze_membership", membership["id"], {"from": today, "until": "9999-12-31"}),
        lambda: loyalty.call("renew_membership", membership["id"], {}),
    ):
        with pytest.raises(Exception) as error:
            attempt()
        assert type(error.value).__name__ == "MembershipInvalid", error.value
    assert loyalty.call("get_card", membership["id"])["next_payment_on"] == "9999-12-15"


def test_a_membership_with_a_negative_price_is_a_422(loyalty, new_client_id):
    with pytest.raises(Exception) as error:
        loyalty.call(
            "issue_card",
            new_client_id,
            {
                "type": "membership",
                "plan": "Gold",
                "next_payment_on": "2030-01-01",
                "price": {"amount": -5_000, "currency": "GBP"},
            },
        )

    assert type(error.value).__name__ == "InvalidInput", error.value
    assert loyalty.call("get_card_section", new_client_id)["memberships"] == []


def test_erasure_also_drops_the_holder_name_kept_for_an_idempotent_replay(loyalty, events, new_client_id):
    key, request_hash = f"issue-{new_client_id}", "a" * 64
    loyalty.call(
        "issue_card",
        new_client_id,
        {"type": "loyalty", "holder_name": "Jane Doe"},
        idempotency_key=key,
        request_hash=request_hash,
    )

    loyalty.deliver("profile", "client_erased", events.envelope(client_id=new_client_id))

    replayed = loyalty.call(
        "issue_card",
        new_client_id,
        {"type": "loyalty", "holder_name": "Jane Doe"},
        idempotency_key=key,
        request_hash=request_hash,
    )
    assert replayed["holder_name"] is None
    assert not loyalty.rows("SELECT 1 FROM idempotency_records WHERE response::text LIKE '%Jane Doe%'")


def test_a_gift_card_refund_that_overtakes_the_holds_confirmation_waits_for_it(loyalty, events, new_client_id):
    card = loyalty.call("issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 5_000, "currency": "GBP"}})
    paid = events.payment(new_client_id, 3_000, method="gift_card")
    hold = loyalty.call("hold_gift_card", card["code"], 3_000, "GBP", f"billing-payment:{paid['payment_id']}:x")
    loyalty.deliver("billing", "payment_recorded", paid)  # billing committed; its confirm is still to come
    early = {**events.refund(paid, 3_000), "gift_card_hold_id": hold["hold_id"]}

    loyalty.deliver("billing", "refund_issued", early)
    loyalty.call("confirm_gift_card_hold", hold["hold_id"], payment_id=paid["payment_id"])
    loyalty.call("replay_parked_events")

    assert loyalty.call("get_gift_card", card["code"])["remaining_value"]["amount"] == 5_000
