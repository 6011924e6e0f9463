"""Refunds of payments, to the original method or to the client's balance."""

from __future__ import annotations

import uuid

from clientcard_billing import contracts
from clientcard_billing.db.models import Refund
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import invoices as rules
from clientcard_billing.domain import ledger
from clientcard_billing.exceptions import BillingInvalid, InvoiceNotFound
from clientcard_billing.use_cases.support import (
    BillingContext,
    amount_in,
    announce_balance,
    idempotent_start,
    lock_accounts,
    parse_uuid,
)

OPERATION = "issue_refund"


def issue_refund(
    uow: BillingUnitOfWork,
    invoice_id: str,
    new_refund: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Refund paid money, newest payment first (or the named `payment_id`); one `refund_issued` per payment.

    `to: original` returns it by the payment's method (a balance payment goes back to its payer's balance);
    `to: account_balance` credits the invoice's client. Loyalty reverses points from `refund_issued`.
    Raises InvoiceNotFound (404), BillingInvalid / CurrencyMismatch (422), IdempotencyKeyReused (409).
    """
    invoice_uuid = parse_uuid(invoice_id, InvoiceNotFound, "invoice")
    with uow:
        replayed = idempotent_start(uow, idempotency_key, OPERATION, request_hash)
        if replayed is not None:
            return replayed
        peek = uow.invoices.get(invoice_uuid)
        if peek is None:
            raise InvoiceNotFound(f"No invoice {invoice_id}")
        accounts = lock_accounts(uow, [peek.client_id, *(p.payer_client_id for p in peek.payments)])
        invoice = uow.invoices.get(invoice_uuid, lock=True)
        # a payment by another linked payer, or a merge that moved the invoice, may have committed between
        # the first read and the lock
        late = [c for c in (invoice.client_id, *(p.payer_client_id for p in invoice.payments)) if c not in accounts]
        if late:
            accounts.update(lock_accounts(uow, late))
        amount = amount_in(new_refund["amount"], invoice.currency)
        payments = {p.id: p for p in invoice.payments}
        refundable = [
            rules.Refundable(p.id, p.amount_minor - p.refunded_minor - p.reversed_minor) for p in reversed(invoice.payments)
        ]
        try:
            allocation = rules.allocate_refund(amount, refundable, new_refund["payment_id"])
        except rules.InvoiceRuleBroken as error:
            raise BillingInvalid(str(error), errors={error.field: [str(error)]}) from error

        entries, credited = [], set()
        for payment_id, part in allocation:
            payment = payments[payment_id]
            to_account = _credited_account(accounts, invoice, payment, new_refund["to"])
            if to_account is not None:
                credited.add(to_account)
            entries += ledger.refund(
                part, invoice.currency, method=payment.method, to_account_id=to_account.id if to_account else None
            )
            payment.refunded_minor += part
        transaction_id = uow.ledger.post(
            "refund", entries, invoice_id=invoice.id, actor_id=ctx.actor_id, reason=new_refund["reason"]
        )
        refunds = [
            Refund(
                id=uuid.uuid4(),
                payment_id=payment_id,
                invoice_id=invoice.id,
                client_id=invoice.client_id,
                amount_minor=part,
                currency=invoice.currency,
                destination=new_refund["to"],
                transaction_id=transaction_id,
                created_at=ctx.now,
            )
            for payment_id, part in allocation
        ]
        invoice.refunds.extend(refunds)
        invoice.refunded_minor += amount
        invoice.status = rules.status(
            total=invoice.total_minor, paid=invoice.paid_minor, refunded=invoice.refunded_minor, void=False
        )
        uow.flush()
        for refund in refunds:
            uow.outbox.add("refund_issued", contracts.refund_issued(refund, payments[refund.payment_id], invoice))
        for account in sorted(credited, key=lambda a: str(a.id)):
            announce_balance(uow, account, transaction_id)
        result = {**contracts.invoice_view(invoice), "refunds_issued": [str(r.id) for r in refunds]}
        uow.idempotency.save(idempotency_key, OPERATION, request_hash, result)
        uow.commit()
    return result


def _credited_account(accounts: dict, invoice, payment, destination: str):
    """The client account the refund lands in, or None when money leaves by the payment's method."""
    if destination == "account_balance":
        return accounts[invoice.client_id]
    if payment.method == "account_balance":
        return accounts[payment.payer_client_id]
    return None
