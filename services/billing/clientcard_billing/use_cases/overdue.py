"""Overdue invoices: a periodic job announces `invoice_overdue` once per owed invoice past its due date."""

from __future__ import annotations

from datetime import datetime

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork

BATCH = 200


def announce_overdue_invoices(uow: BillingUnitOfWork, *, now: datetime, limit: int = BATCH) -> int:
    """Put `invoice_overdue` in the outbox for each owed invoice due before today (UTC) not yet announced,
    marking it in the same transaction: announced exactly once, however often or concurrently this runs.
    Returns how many were announced (a full batch: run again)."""
    today = now.date()
    with uow:
        invoices = uow.invoices.unannounced_overdue(today, limit)
        for invoice in invoices:
            invoice.overdue_at = now
            uow.outbox.add("invoice_overdue", contracts.invoice_overdue(invoice))
        uow.commit()
    return len(invoices)
