"""Billing's side of loyalty's hold-and-confirm, including the failures an end-to-end test cannot stage
cheaply (a hold that lapsed after 15 minutes). `HoldDesk` stands in for loyalty's three RPCs; the
integration tests run the real ones."""

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest

from clientcard_billing import contracts
from clientcard_billing.exceptions import GiftCardHoldLapsed, Overpayment
from clientcard_billing.use_cases import balance, gift_card_holds, invoices, payments
from clientcard_kit.contracts import load
from clientcard_kit.errors import RemoteProblem


class HoldDesk:
    def __init__(self, value: int, confirm_status: int | None = None):
        self.value, self.confirm_status = value, confirm_status
        self.holds, self.released, self.confirmed = {}, [], []
        self.on_hold = lambda: None

    def hold(self, code, amount_minor, currency, hold_key):
        if amount_minor > self.value:
            raise RemoteProblem({"status": 422, "title": "Gift card insufficient", "code": "GiftCardInsufficient"})
        hold_id = self.holds.setdefault(hold_key, str(uuid.uuid4()))
        self.on_hold()
        return {"hold_id": hold_id, "remaining_minor": self.value - amount_minor}

    def confirm(self, hold_id, payment_id=None):
        if self.confirm_status:
            raise RemoteProblem({"status": self.confirm_status, "title": "Gift card hold lapsed"})
        self.confirmed.append(hold_id)

    def release(self, hold_id):
        self.released.append(hold_id)


@pytest.fixture
def sale(make_uow, builders):
    def make(total, desk):
        ctx = builders.context(gift_cards=desk)
        client_id = builders.open_client(make_uow)
        invoice = invoices.create_invoice(
            make_uow(),
            client_id,
            load(contracts.InvoiceInput(), {"lines": [builders.service_line(total)], "discount_percent": 0}),
            ctx,
        )
        return client_id, invoice["id"], ctx

    return make


def pay(make_uow, invoice_id, amount, ctx):
    body = {"amount": {"amount": amount, "currency": "GBP"}, "method": "gift_card", "gift_card_code": "GIFT-1"}
    return payments.record_payment(
        make_uow(), invoice_id, load(contracts.PaymentInput(), body), ctx, idempotency_key=str(uuid.uuid4()), request_hash="h"
    )


def test_a_held_payment_commits_then_confirms(make_uow, sale):
    desk = HoldDesk(5000)
    client_id, invoice_id, ctx = sale(3000, desk)

    paid = pay(make_uow, invoice_id, 3000, ctx)

    assert paid["status"] == "paid"
    assert desk.confirmed == list(desk.holds.values()) and desk.released == []


def test_a_refused_hold_charges_nothing(make_uow, sale):
    desk = HoldDesk(1000)
    client_id, invoice_id, ctx = sale(3000, desk)

    with pytest.raises(RemoteProblem):
        pay(make_uow, invoice_id, 2000, ctx)

    assert invoices.get_invoice(make_uow(), invoice_id)["payments"] == []


def test_a_hold_is_released_when_another_till_pays_the_invoice_first(make_uow, sale):
    desk = HoldDesk(5000)
    client_id, invoice_id, ctx = sale(3000, desk)
    cash = {"amount": {"amount": 3000, "currency": "GBP"}, "method": "cash"}
    desk.on_hold = lambda: payments.record_payment(
        make_uow(), invoice_id, load(contracts.PaymentInput(), cash), ctx
    )  # lands between hold and commit

    with pytest.raises(Overpayment):
        pay(make_uow, invoice_id, 1000, ctx)

    assert desk.released == list(desk.holds.values()) and desk.confirmed == []
    assert [p["method"] for p in invoices.get_invoice(make_uow(), invoice_id)["payments"]] == ["cash"]


def test_a_hold_gone_at_confirmation_reverses_the_payment_at_once(make_uow, sale):
    desk = HoldDesk(5000, confirm_status=404)
    client_id, invoice_id, ctx = sale(3000, desk)

    with pytest.raises(GiftCardHoldLapsed):
        pay(make_uow, invoice_id, 3000, ctx)

    invoice = invoices.get_invoice(make_uow(), invoice_id)
    assert (invoice["status"], invoice["due"]["amount"]) == ("open", 3000)
    assert invoice["payments"][0]["reversed"]["amount"] == 3000


def test_a_hold_that_lapses_while_loyalty_is_away_reverses_the_payment_on_retry(make_uow, sale, builders):
    desk = HoldDesk(5000, confirm_status=503)
    client_id, invoice_id, ctx = sale(3000, desk)

    assert pay(make_uow, invoice_id, 3000, ctx)["status"] == "paid"  # committed; confirmation left to the timer
    later = replace(ctx, now=ctx.now + timedelta(minutes=20))
    assert gift_card_holds.confirm_pending_gift_card_holds(make_uow(), later) == 0  # still away: retry
    desk.confirm_status = 409  # loyalty is back and released the hold after 15 minutes
    assert gift_card_holds.confirm_pending_gift_card_holds(make_uow(), later) == 1

    invoice = invoices.get_invoice(make_uow(), invoice_id)
    assert (invoice["status"], invoice["due"]["amount"]) == ("open", 3000)
    assert invoice["payments"][0]["reversed"]["amount"] == 3000
    view = balance.get_balance(make_uow(), client_id, ctx)
    assert view["outstanding"]["amount"] == 3000
    assert view["entries"][0]["kind"] == "payment_reversal"
    assert gift_card_holds.confirm_pending_gift_card_holds(make_uow(), later) == 0  # nothing left pending


def test_a_retry_with_the_same_key_after_a_refusal_takes_a_new_hold(make_uow, sale):
    """The refused attempt saved no answer, so its key is free; its released hold must not come back."""
    desk = HoldDesk(5000)
    client_id, invoice_id, ctx = sale(3000, desk)
    cash = {"amount": {"amount": 2500, "currency": "GBP"}, "method": "cash"}
    body = {"amount": {"amount": 1000, "currency": "GBP"}, "method": "gift_card", "gift_card_code": "GIFT-1"}
    key = str(uuid.uuid4())
    desk.on_hold = lambda: payments.record_payment(make_uow(), invoice_id, load(contracts.PaymentInput(), cash), ctx)
    with pytest.raises(Overpayment):
        payments.record_payment(
            make_uow(), invoice_id, load(contracts.PaymentInput(), body), ctx, idempotency_key=key, request_hash="h"
        )
    desk.on_hold = lambda: None
    body["amount"]["amount"] = 500

    paid = payments.record_payment(
        make_uow(), invoice_id, load(contracts.PaymentInput(), body), ctx, idempotency_key=key, request_hash="h"
    )

    assert paid["status"] == "paid"
    first, second = desk.holds.values()
    assert desk.released == [first] and desk.confirmed == [second]
