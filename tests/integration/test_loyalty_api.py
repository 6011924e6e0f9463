"""Loyalty through the gateway: cards of every kind, adjustments, the program, and earning across an outage."""

import uuid
from datetime import UTC, date, datetime, timedelta

from nameko.standalone.events import event_dispatcher


def payment_event(client_id: str, amount_minor: int) -> dict:
    return {
        "event_id": str(uuid.uuid4()),
        "occurred_at": datetime.now(UTC).isoformat(),
        "version": 1,
        "payment_id": str(uuid.uuid4()),
        "invoice_id": str(uuid.uuid4()),
        "client_id": client_id,
        "location_id": None,
        "amount_minor": amount_minor,
        "currency": "GBP",
        "method": "card",
        "recorded_at": datetime.now(UTC).isoformat(),
    }


def test_a_payment_recorded_while_loyalty_was_down_is_credited_when_it_comes_back(suite, api, client_id, wait_until):
    dispatch = event_dispatcher({"AMQP_URI": suite.env["AMQP_URI"], "serializer": "json"})
    suite.stop("loyalty")
    try:
        event = payment_event(client_id, 4_250)
        dispatch("billing", "payment_recorded", event)
        dispatch("billing", "payment_recorded", event)  # and the broker redelivers it
    finally:
        suite.start("loyalty")
    suite.wait_ready()

    def credited():
        response = api.get(f"/clients/{client_id}/loyalty")
        assert response.status_code == 200, response.text
        assert response.json()["points"] == 42

    wait_until(credited, timeout=30)
    body = api.get(f"/clients/{client_id}/loyalty").json()
    assert [(t["type"], t["points"], t["payment_id"]) for t in body["transactions"]] == [("earn", 42, event["payment_id"])]
    assert body["expiring"] == [{"points": 42, "on": (datetime.now(UTC) + timedelta(days=365)).date().isoformat()}]
    assert api.get(f"/clients/{client_id}/card").json()["summary"]["loyalty_points"] == 42


def test_points_are_accrued_and_written_off_with_a_reason_and_never_below_zero(api, client_id):
    card = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty", "holder_name": "Test"})
    assert card.status_code == 201, card.text
    card_id = card.json()["id"]

    added = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": 100, "reason": "welcome bonus"})
    too_much = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": -150, "reason": "typo"})
    taken = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": -30, "reason": "free nail polish"})

    assert added.status_code == 201, added.text
    assert too_much.status_code == 422
    assert too_much.headers["Content-Type"] == "application/problem+json"
    assert "points" in too_much.json()["errors"]
    assert taken.json()["points"] == 70
    history = api.get(f"/loyalty-cards/{card_id}").json()["transactions"]
    assert [(t["type"], t["points"], t["reason"]) for t in history][:2] == [
        ("write_off", -30, "free nail polish"),
        ("accrual", 100, "welcome bonus"),
    ]


def test_accruals_and_write_offs_need_loyalty_adjust_and_the_desk_may_only_redeem(api, api_with_key, client_id):
    card_id = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()["id"]
    api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": 50, "reason": "seed"})
    key = api.post("/api-keys", json={"name": "front desk", "scopes": ["loyalty:read", "loyalty:write"]}).json()["secret"]
    reader = api.post("/api-keys", json={"name": "report", "scopes": ["loyalty:read"]}).json()["secret"]
    desk = api_with_key(key)
    adjust = f"/loyalty-cards/{card_id}/adjustments"

    accrue = desk.post(adjust, json={"points": 10, "reason": "friend"})
    write_off = desk.post(adjust, json={"points": -10, "reason": "friend"})
    redeem = desk.post(adjust, json={"points": -20, "reason": "free treatment", "type": "redemption"})
    read_only = api_with_key(reader).post(adjust, json={"points": -1, "reason": "x", "type": "redemption"})

    assert (accrue.status_code, write_off.status_code, read_only.status_code) == (403, 403, 403)
    assert redeem.status_code == 201, redeem.text
    assert desk.get(f"/clients/{client_id}/loyalty").json()["points"] == 30


def test_a_repeated_adjustment_with_the_same_idempotency_key_counts_once(api, client_id):
    card_id = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "loyalty"}).json()["id"]
    headers = {"Idempotency-Key": str(uuid.uuid4())}

    for _ in range(2):
        response = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": 15, "reason": "review"}, headers=headers)
        assert response.status_code == 201, response.text
    other = api.post(f"/loyalty-cards/{card_id}/adjustments", json={"points": 16, "reason": "review"}, headers=headers)

    assert other.status_code == 409
    assert api.get(f"/clients/{client_id}/loyalty").json()["points"] == 15


def test_a_gift_card_is_issued_checked_by_code_and_deleted(api, client_id):
    created = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={
            "type": "gift_card",
            "initial_value": {"amount": 5_000, "currency": "GBP"},
            "code": "SPA-GIFT-" + uuid.uuid4().hex[:6],
            "expires_on": (date.today() + timedelta(days=365)).isoformat(),
            "invoice_id": str(uuid.uuid4()),
        },
    )
    assert created.status_code == 201, created.text
    code = created.json()["code"]

    balance = api.get(f"/gift-cards/{code.lower()}")
    assert balance.status_code == 200, balance.text
    assert balance.json()["remaining_value"] == {"amount": 5_000, "currency": "GBP"}
    assert balance.json()["status"] == "pending_payment"  # its invoice is not paid
    assert api.get(f"/clients/{client_id}/loyalty").json()["gift_cards"][0]["code"] == code
    assert (
        api.post(
            f"/clients/{client_id}/loyalty-cards",
            json={"type": "gift_card", "initial_value": {"amount": 1_000, "currency": "GBP"}, "code": code},
        ).status_code
        == 409
    )

    assert api.delete(f"/loyalty-cards/{created.json()['id']}").status_code == 204
    assert api.delete(f"/loyalty-cards/{created.json()['id']}").status_code == 404
    assert api.get("/gift-cards/NO-SUCH-CARD").status_code == 404


def test_bad_card_requests_are_422_or_404_and_change_nothing(api, client_id):
    missing = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "gift_card"})
    wrong_type = api.post(f"/clients/{client_id}/loyalty-cards", json={"type": "voucher"})
    no_client = api.post(f"/clients/{uuid.uuid4()}/loyalty-cards", json={"type": "loyalty"})

    assert missing.status_code == 422 and "initial_value" in missing.json()["errors"]
    assert wrong_type.status_code == 422 and "type" in wrong_type.json()["errors"]
    assert no_client.status_code == 404
    body = api.get(f"/clients/{client_id}/loyalty").json()
    assert body["gift_cards"] == [] and body["cards"] == []


def test_a_membership_freeze_shows_its_effect_on_the_next_payment(api, client_id):
    next_payment = date.today() + timedelta(days=10)
    membership = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={
            "type": "membership",
            "plan": "Unlimited yoga",
            "price": {"amount": 8_900, "currency": "GBP"},
            "next_payment_on": next_payment.isoformat(),
        },
    ).json()

    frozen = api.post(
        f"/loyalty-cards/{membership['id']}/freeze",
        json={"from": date.today().isoformat(), "until": (date.today() + timedelta(days=6)).isoformat()},
    )

    assert frozen.status_code == 200, frozen.text
    assert frozen.json()["status"] == "frozen"
    assert frozen.json()["effect"]["next_payment_on_after"] == (next_payment + timedelta(days=7)).isoformat()
    assert frozen.json()["freeze"] == {"from": date.today().isoformat(), "until": (date.today() + timedelta(days=6)).isoformat()}
    assert (
        api.get(f"/clients/{client_id}/loyalty").json()["memberships"][0]["next_payment_on"]
        == (next_payment + timedelta(days=7)).isoformat()
    )
    backwards = api.post(f"/loyalty-cards/{membership['id']}/freeze", json={"from": "2020-01-05", "until": "2020-01-01"})
    assert backwards.status_code == 422


def test_session_credits_are_used_with_a_reason(api, client_id):
    pack = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={"type": "credit_pack", "service": "Physio 30 min", "credits": 10, "rollover": "max:3"},
    ).json()

    used = api.post(f"/loyalty-cards/{pack['id']}/credit-adjustments", json={"credits": -2, "reason": "two sessions"})
    overdrawn = api.post(f"/loyalty-cards/{pack['id']}/credit-adjustments", json={"credits": -9, "reason": "oops"})

    assert used.status_code == 200, used.text
    assert used.json()["credits_remaining"] == 8
    assert overdrawn.status_code == 422
    assert api.get(f"/clients/{client_id}/loyalty").json()["credits"][0]["credits_remaining"] == 8


def test_the_program_is_read_and_changed_with_an_etag(api):
    current = api.get("/loyalty-program")
    assert current.status_code == 200, current.text
    assert current.json()["points_per_unit"] >= 0 and current.json()["tiers"]
    etag = current.headers["ETag"]

    changed = api.put("/loyalty-program", json={"expiry_days": 400}, headers={"If-Match": etag})
    stale = api.put("/loyalty-program", json={"expiry_days": 500}, headers={"If-Match": etag})
    invalid = api.put("/loyalty-program", json={"tiers": [{"name": "vip", "min_spend": {"amount": 1, "currency": "EUR"}}]})
    unknown_location = api.put("/loyalty-program", json={"excluded_location_ids": [str(uuid.uuid4())]})
    restored = api.put("/loyalty-program", json={"expiry_days": current.json()["expiry_days"]})

    assert changed.status_code == 200 and changed.json()["expiry_days"] == 400
    assert stale.status_code == 412
    assert invalid.status_code == 422 and "tiers" in invalid.json()["errors"]
    assert unknown_location.status_code == 422
    assert restored.status_code == 200


def test_a_shareable_pack_is_used_by_a_linked_family_member_and_refused_to_strangers(api, client_id):
    child = api.post("/clients", json={"first_name": "Kid", "linked_clients": [{"client_id": client_id, "relation": "parent"}]})
    assert child.status_code == 201, child.text
    stranger = api.post("/clients", json={"first_name": "Stranger"}).json()["id"]
    pack = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={"type": "credit_pack", "service": "Swim lesson", "credits": 6, "shareable": True},
    ).json()

    by_child = api.post(
        f"/loyalty-cards/{pack['id']}/credit-adjustments",
        json={"credits": -1, "reason": "child's lesson", "used_by_client_id": child.json()["id"]},
    )
    by_stranger = api.post(
        f"/loyalty-cards/{pack['id']}/credit-adjustments",
        json={"credits": -1, "reason": "not family", "used_by_client_id": stranger},
    )

    assert by_child.status_code == 200, by_child.text
    assert by_child.json()["credits_remaining"] == 5
    assert by_stranger.status_code == 422
    history = api.get(f"/loyalty-cards/{pack['id']}").json()["transactions"]
    assert history[0]["related_client_id"] == child.json()["id"]


def test_a_retried_membership_renewal_moves_the_date_once(api, client_id):
    next_payment = date.today() + timedelta(days=3)
    membership = api.post(
        f"/clients/{client_id}/loyalty-cards",
        json={"type": "membership", "plan": "Monthly", "next_payment_on": next_payment.isoformat()},
    ).json()
    headers = {"Idempotency-Key": str(uuid.uuid4())}

    first = api.post(f"/loyalty-cards/{membership['id']}/renewals", json={}, headers=headers)
    retried = api.post(f"/loyalty-cards/{membership['id']}/renewals", json={}, headers=headers)

    assert first.status_code == 200, first.text
    assert retried.json()["next_payment_on"] == first.json()["next_payment_on"]
    assert api.get(f"/loyalty-cards/{membership['id']}").json()["next_payment_on"] == first.json()["next_payment_on"]
    assert [t["type"] for t in api.get(f"/loyalty-cards/{membership['id']}").json()["transactions"]] == ["renewed", "issued"]
