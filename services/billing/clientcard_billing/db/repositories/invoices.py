"""Invoices with their lines, payments and refunds."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_billing.db.models import Invoice, Payment, Refund
from clientcard_billing.domain import due_dates


class InvoiceRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, invoice: Invoice) -> Invoice:
        self._session.add(invoice)
        self._session.flush()
        return invoice

    def get(self, invoice_id: uuid.UUID, *, lock: bool = False) -> Invoice | None:
        query = sa.select(Invoice).where(Invoice.id == invoice_id)
        if lock:
            # an unlocked read earlier in this session left the invoice (and its payments) in the identity
            # map; without populate_existing the locked read would keep those stale values and let a twin's
            # committed payment or refund be counted twice
            query = query.with_for_update().execution_options(populate_existing=True)
        return self._session.scalars(query).first()

    def for_client(self, client_id: uuid.UUID, *, limit: int, after: tuple[datetime, uuid.UUID] | None = None) -> list[Invoice]:
        """Newest first; `after` is the (issued_at, id) of the last invoice of the previous page."""
        query = (
            sa.select(Invoice)
            .where(Invoice.client_id == client_id)
            .order_by(Invoice.issued_at.desc(), Invoice.id.desc())
            .limit(limit)
        )
        if after is not None:
            query = query.where(sa.tuple_(Invoice.issued_at, Invoice.id) < sa.tuple_(*after))
        return list(self._session.scalars(query).all())

    def unannounced_overdue(self, today: date, limit: int) -> list[Invoice]:
        """Owed invoices due before `today` whose `invoice_overdue` is not out yet, locked; rows another
        run holds are skipped, so two runs never announce one invoice twice."""
        return list(
            self._session.scalars(
                sa.select(Invoice)
                .where(Invoice.overdue_at.is_(None), Invoice.status.in_(due_dates.OWING_STATUSES), Invoice.due_on < today)
                .order_by(Invoice.due_on, Invoice.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
        )

    def payment(self, payment_id: uuid.UUID) -> Payment | None:
        return self._session.get(Payment, payment_id)

    def add_refund(self, refund) -> None:
        self._session.add(refund)
        self._session.flush()

    def unconfirmed_gift_card_payments(self, recorded_before: datetime, limit: int = 50) -> list[Payment]:
        return list(
            self._session.scalars(
                sa.select(Payment)
                .where(
                    Payment.gift_card_hold_id.is_not(None),
                    Payment.gift_card_confirmed_at.is_(None),
                    Payment.reversed_minor == 0,
                    Payment.recorded_at < recorded_before,
                )
                .order_by(Payment.recorded_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
        )

    def mark_confirmed(self, payment_id: uuid.UUID, when: datetime) -> None:
        self._session.execute(sa.update(Payment).where(Payment.id == payment_id).values(gift_card_confirmed_at=when))

    def repoint(self, *, client_id: uuid.UUID, invoice_ids: list, payment_ids: list) -> None:
        """Move invoices with their refunds, and the payers of payments, to `client_id` (merges and their undo)."""
        if invoice_ids:
            self._session.execute(sa.update(Invoice).where(Invoice.id.in_(invoice_ids)).values(client_id=client_id))
            self._session.execute(sa.update(Refund).where(Refund.invoice_id.in_(invoice_ids)).values(client_id=client_id))
        if payment_ids:
            self._session.execute(sa.update(Payment).where(Payment.id.in_(payment_ids)).values(payer_client_id=client_id))

    def payments_by(self, payer_client_id: uuid.UUID, transaction_ids: list) -> list:
        """The ids of the payer's payments posted as these ledger transactions."""
        return list(
            self._session.scalars(
                sa.select(Payment.id).where(
                    Payment.payer_client_id == payer_client_id, Payment.transaction_id.in_(transaction_ids or [None])
                )
            ).all()
        )

    def ids_for_client(self, client_id: uuid.UUID) -> tuple[list, list]:
        invoice_ids = self._session.scalars(sa.select(Invoice.id).where(Invoice.client_id == client_id)).all()
        payment_ids = self._session.scalars(sa.select(Payment.id).where(Payment.payer_client_id == client_id)).all()
        return list(invoice_ids), list(payment_ids)
