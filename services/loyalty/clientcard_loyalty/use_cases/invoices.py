"""Gift cards sold on an invoice: issued `pending_payment`, activated once billing says the invoice is paid."""
from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_loyalty.db.models import Invoice
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork


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
        uow.transactions.add(client_id=card.client_id, card_id=card.id, type="activated", occurred_at=now,
                             reason="the invoice that sold it is paid")


def status_for_sold_card(uow: LoyaltyUnitOfWork, invoice_id: uuid.UUID | None) -> str:
    """A card sold on an invoice is spendable only once the invoice is paid in full."""
    if invoice_id is None:
        return "active"
    invoice = uow.invoices.get(invoice_id)
    return "active" if invoice is not None and invoice.paid_in_full else "pending_payment"
