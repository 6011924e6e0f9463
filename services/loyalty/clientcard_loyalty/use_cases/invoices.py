"""Gift cards sold on an invoice: issued `pending_payment`, activated once billing says the invoice is paid,
and worth less once the sale is refunded."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_loyalty.db.models import Invoice
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.use_cases.ledger import announce_card


def record_invoice_issued(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> None:
    """`invoice_issued`: remember the total; payments that arrived first may already cover it."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="record_invoice_issued"):
            return
        activate_if_paid(uow, uow.invoices.add_total(event["invoice_id"], event["total_minor"]), now)
        uow.commit()


def record_payment(uow: LoyaltyUnitOfWork, invoice_id: uuid.UUID | None, amount_minor: int, now: datetime) -> None:
    """Inside `payment_recorded`'s transaction: count the payment towards its invoice."""
    if invoice_id is not None:
        activate_if_paid(uow, uow.invoices.add_payment(invoice_id, amount_minor), now)


def activate_if_paid(uow: LoyaltyUnitOfWork, invoice: Invoice, now: datetime) -> None:
    if not invoice.paid_in_full:
        return
    for card in uow.invoices.pending_gift_cards(invoice.invoice_id):
        card.status = "active"
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="activated",
            occurred_at=now,
            reason="the invoice that sold it is paid",
        )
        announce_card(uow, card, "activated")


def take_back_sold_cards(
    uow: LoyaltyUnitOfWork, invoice_id: uuid.UUID | None, amount_minor: int, refund_id, now: datetime
) -> int:
    """Inside `refund_issued`'s transaction: a refund of the invoice that sold gift cards takes the refunded
    value off them, at most what is left on each (value already spent is gone; the money itself goes back
    by the payment's method all the same). Returns the value taken."""
    if invoice_id is None:
        return 0
    left = amount_minor
    for card in uow.invoices.sold_gift_cards(invoice_id):
        taken = min(left, card.remaining_minor or 0)
        if taken <= 0:
            continue
        card.remaining_minor -= taken
        left -= taken
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="sale_refunded",
            amount_minor=-taken,
            currency=card.currency,
            refund_id=refund_id,
            reason="the sale of this card was refunded",
            occurred_at=now,
        )
        announce_card(uow, card, "sale_refunded")
    return amount_minor - left


def status_for_sold_card(uow: LoyaltyUnitOfWork, invoice_id: uuid.UUID | None) -> str:
    """A card sold on an invoice is spendable only once the invoice is paid in full."""
    if invoice_id is None:
        return "active"
    invoice = uow.invoices.get(invoice_id)
    return "active" if invoice is not None and invoice.paid_in_full else "pending_payment"
