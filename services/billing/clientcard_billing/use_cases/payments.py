"""Payments on invoices: cash, card, account balance (one's own or a linked client's), gift card.

Gift cards are held at loyalty first, then the payment commits here, then the hold is confirmed;
if anything fails before the commit the hold is released, so nothing is charged. Confirmation
failures are handled in `gift_card_holds`.
"""

from __future__ import annotations

import logging
import uuid

from clientcard_billing import contracts
from clientcard_billing.db.models import Payment
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import invoices as rules
from clientcard_billing.domain import ledger
from clientcard_billing.exceptions import (
    BillingInvalid,
    ClientsNotLinked,
    GiftCardHoldLapsed,
    InsufficientFunds,
    InvoiceNotFound,
    Overpayment,
)
from clientcard_billing.use_cases.gift_card_holds import REVERSED, confirm_hold
from clientcard_billing.use_cases.support import (
    BillingContext,
    amount_in,
    announce_balance,
    balance_of,
    idempotent_start,
    lock_accounts,
    parse_uuid,
    refuse_closed,
    require_account,
)

log = logging.getLogger(__name__)

OPERATION = "record_payment"
PAYMENT_IDS = uuid.UUID("0b5e7f3c-8d0e-4a47-9a53-5f1c2d8e6b10")  # namespace of payment ids derived from keys


def record_payment(
    uow: BillingUnitOfWork,
    invoice_id: str,
    new_payment: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Pay (part of) an invoice; answers the invoice with the new `payment`.

    Raises InvoiceNotFound (404), Overpayment / InsufficientFunds / ClientsNotLinked / CurrencyMismatch /
    BillingInvalid (422), loyalty's GiftCardNotFound (404) / GiftCardInsufficient (422), DependencyUnavailable
    (503), IdempotencyKeyReused / GiftCardHoldLapsed (409).
    """
    invoice_uuid = parse_uuid(invoice_id, InvoiceNotFound, "invoice")
    payment_id = uuid.uuid5(PAYMENT_IDS, f"{invoice_uuid}:{idempotency_key}:{request_hash}") if idempotency_key else uuid.uuid4()
    hold_id = None
    if new_payment["method"] == "gift_card":
        with uow:  # check before touching the gift card, so a bad request holds nothing
            replayed = uow.idempotency.replay(idempotency_key, OPERATION, request_hash)
            if replayed is not None:
                return replayed
            _check_payable(_invoice(uow, invoice_uuid), new_payment)
        # one hold per attempt: a retry after a failure must not get back the hold that failure released
        hold_key = f"billing-payment:{payment_id}:{uuid.uuid4()}"
        hold_id = ctx.gift_cards.hold(
            new_payment["gift_card_code"], new_payment["amount"]["amount"], new_payment["amount"]["currency"], hold_key
        )["hold_id"]
    try:
        result, fresh = _record(uow, invoice_uuid, payment_id, new_payment, ctx, hold_id, idempotency_key, request_hash)
    except Exception:
        if hold_id is not None:
            _release_quietly(ctx, hold_id)
        raise
    if hold_id is not None and not fresh:
        _release_quietly(ctx, hold_id)  # a twin committed first, with its own hold
    elif hold_id is not None and confirm_hold(uow, ctx, payment_id, hold_id) == REVERSED:
        raise GiftCardHoldLapsed("The gift card hold was gone before it was confirmed; the payment was reversed")
    return result


def _invoice(uow: BillingUnitOfWork, invoice_uuid: uuid.UUID, *, lock: bool = False):
    invoice = uow.invoices.get(invoice_uuid, lock=lock)
    if invoice is None:
        raise InvoiceNotFound(f"No invoice {invoice_uuid}")
    return invoice


def _check_payable(invoice, data: dict) -> int:
    amount = amount_in(data["amount"], invoice.currency)
    try:
        rules.check_payment(amount=amount, due=invoice.due_minor, invoice_status=invoice.status)
    except rules.InvoiceRuleBroken as error:
        kind = Overpayment if error.field == "amount" else BillingInvalid
        raise kind(str(error), errors={error.field: [str(error)]}) from error
    return amount


def _payer(uow: BillingUnitOfWork, invoice, data: dict, ctx: BillingContext) -> uuid.UUID:
    """Who pays: the invoice's client, or (from their own balance) a client linked to them."""
    payer_id = data["payer_client_id"] or invoice.client_id
    if payer_id == invoice.client_id:
        return payer_id
    if data["method"] != "account_balance":
        raise BillingInvalid("Another client pays only from their balance", errors={"payer_client_id": ["account_balance only"]})
    if not ctx.profile.linked(str(payer_id), str(invoice.client_id)):
        raise ClientsNotLinked("The payer is not linked to the invoice's client", errors={"payer_client_id": ["not linked"]})
    require_account(uow, payer_id, ctx)
    return payer_id


def _record(uow, invoice_uuid, payment_id, data, ctx, hold_id, idempotency_key, request_hash) -> tuple[dict, bool]:
    with uow:
        replayed = idempotent_start(uow, idempotency_key, OPERATION, request_hash)
        if replayed is not None:
            return replayed, False
        peek = _invoice(uow, invoice_uuid)
        payer_id = _payer(uow, peek, data, ctx)
        accounts = lock_accounts(uow, [peek.client_id, payer_id], writable=False)
        invoice = _invoice(uow, invoice_uuid, lock=True)
        if invoice.client_id not in accounts:  # a merge moved the invoice between the first read and the lock
            accounts.update(lock_accounts(uow, [invoice.client_id], writable=False))
            payer_id = data["payer_client_id"] or invoice.client_id
        # only now, with the invoice re-read under the lock, is it known whose accounts the payment touches
        refuse_closed(uow, [accounts[invoice.client_id], accounts[payer_id]])
        amount = _check_payable(invoice, data)
        account, payer = accounts[invoice.client_id], accounts[payer_id]
        if data["method"] == "account_balance" and balance_of(uow, payer).credit < amount:
            raise InsufficientFunds("The balance does not cover the payment", errors={"amount": ["exceeds the credit"]})
        if data["card_id"] is not None:
            card = uow.cards.get(data["card_id"])
            if card is None or card.client_id != payer_id:
                raise BillingInvalid("No such card on file", errors={"card_id": ["not a card of this client"]})
        transaction_id = uow.ledger.post(
            "payment",
            ledger.payment(account.id, payer.id, amount, invoice.currency, data["method"]),
            invoice_id=invoice.id,
            actor_id=ctx.actor_id,
        )
        payment = Payment(
            id=payment_id,
            invoice_id=invoice.id,
            payer_client_id=payer_id,
            method=data["method"],
            amount_minor=amount,
            refunded_minor=0,
            currency=invoice.currency,
            card_id=data["card_id"],
            gift_card_hold_id=hold_id,
            transaction_id=transaction_id,
            recorded_at=ctx.now,
        )
        invoice.payments.append(payment)
        invoice.paid_minor += amount
        invoice.status = rules.status(
            total=invoice.total_minor, paid=invoice.paid_minor, refunded=invoice.refunded_minor, void=False
        )
        uow.flush()
        uow.outbox.add("payment_recorded", contracts.payment_recorded(payment, invoice))
        announce_balance(uow, account, transaction_id)
        if payer is not account:
            announce_balance(uow, payer, transaction_id)
        result = contracts.recorded_payment_view(invoice, payment)
        uow.idempotency.save(idempotency_key, OPERATION, request_hash, result)
        uow.commit()
    return result, True


def _release_quietly(ctx: BillingContext, hold_id: str) -> None:
    try:
        ctx.gift_cards.release(hold_id)
    except Exception:  # noqa: BLE001 - loyalty's timer releases an unconfirmed hold after 15 minutes anyway
        log.warning("releasing gift card hold %s failed; loyalty's expiry will release it", hold_id, exc_info=True)
