"""Confirming gift card holds after the payment committed, and what to do when a hold is gone.

A failed confirmation is retried by a timer. If loyalty says the hold no longer exists or has
lapsed (it released it after 15 minutes), the gift card was never charged: the payment is
reversed by a new ledger transaction and the invoice is owed again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import invoices as rules
from clientcard_billing.domain import ledger
from clientcard_billing.use_cases.support import BillingContext, announce_balance, lock_accounts
from clientcard_kit.errors import RemoteProblem

log = logging.getLogger(__name__)

CONFIRM_RETRY_AFTER = timedelta(seconds=10)  # the request itself confirms first
HOLD_GONE = (404, 409)


CONFIRMED, RETRY, REVERSED = "confirmed", "retry", "reversed"


def confirm_hold(uow: BillingUnitOfWork, ctx: BillingContext, payment_id, hold_id: str) -> str:
    """Confirm one committed payment's hold: CONFIRMED, RETRY (later, by the timer) or REVERSED (hold gone)."""
    try:
        ctx.gift_cards.confirm(hold_id, str(payment_id))
    except RemoteProblem as problem:
        if problem.status not in HOLD_GONE:
            log.warning("confirming gift card hold %s failed (%s); will retry", hold_id, problem.detail)
            return RETRY
        log.error("gift card hold %s is gone (%s); reversing payment %s", hold_id, problem.detail, payment_id)
        reverse_unheld_payment(uow, ctx, payment_id)
        return REVERSED
    except Exception:  # noqa: BLE001 - the payment is committed; the timer keeps trying
        log.warning("confirming gift card hold %s failed; will retry", hold_id, exc_info=True)
        return RETRY
    with uow:
        uow.invoices.mark_confirmed(payment_id, ctx.now)
        uow.commit()
    return CONFIRMED


def confirm_pending_gift_card_holds(uow: BillingUnitOfWork, ctx: BillingContext) -> int:
    """Retry confirming holds of committed gift card payments; returns how many are settled (either way) now."""
    with uow:
        unconfirmed = uow.invoices.unconfirmed_gift_card_payments(ctx.now - CONFIRM_RETRY_AFTER)
        pending = [(p.id, p.gift_card_hold_id) for p in unconfirmed]
    return sum(confirm_hold(uow, ctx, payment_id, hold_id) != RETRY for payment_id, hold_id in pending)


def reverse_unheld_payment(uow: BillingUnitOfWork, ctx: BillingContext, payment_id) -> None:
    """Reverse what of a gift card payment was not refunded: the invoice is owed again (`payment_reversed`)."""
    with uow:
        payment = uow.invoices.payment(payment_id)
        peek = uow.invoices.get(payment.invoice_id)
        # a lapsed hold is undone whatever became of the client since (a correction, not a new sale)
        account = lock_accounts(uow, [peek.client_id], writable=False)[peek.client_id]
        invoice = uow.invoices.get(payment.invoice_id, lock=True)
        payment = uow.invoices.payment(payment_id)
        amount = payment.amount_minor - payment.refunded_minor - payment.reversed_minor
        if amount > 0:
            paid = ledger.payment(account.id, account.id, amount, invoice.currency, payment.method)
            transaction_id = uow.ledger.post(
                "payment_reversal",
                ledger.reversal(paid),
                invoice_id=invoice.id,
                reverses_id=payment.transaction_id,
                reason="gift card hold lapsed",
            )
            payment.reversed_minor += amount
            invoice.paid_minor -= amount
            invoice.status = rules.status(
                total=invoice.total_minor, paid=invoice.paid_minor, refunded=invoice.refunded_minor, void=False
            )
            uow.outbox.add("payment_reversed", contracts.payment_reversed(payment, invoice, amount))
            announce_balance(uow, account, transaction_id)
        else:
            log.error("gift card payment %s was refunded before its hold lapsed; nothing left to reverse", payment_id)
            payment.gift_card_confirmed_at = ctx.now  # settled: stop retrying
        uow.commit()
