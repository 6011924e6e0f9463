"""Sums over a client's invoices, payments and refunds in a period, done by the database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_billing.db.models import Invoice, InvoiceLine, Payment, Refund


def _within(column, start: datetime | None, end: datetime | None) -> list:
    conditions = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


class StatisticsRepository:
    def __init__(self, session: Session):
        self._session = session

    def invoice_totals(self, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> dict:
        live = [Invoice.client_id == client_id, Invoice.status != "void", *_within(Invoice.issued_at, start, end)]
        row = self._session.execute(
            sa.select(
                sa.func.count(Invoice.id),
                sa.func.coalesce(sa.func.sum(Invoice.total_minor), 0),
                sa.func.coalesce(sa.func.sum(Invoice.total_minor - Invoice.paid_minor), 0),
                sa.func.coalesce(sa.func.sum(Invoice.refunded_minor), 0),
                sa.func.count(sa.distinct(Invoice.visit_id)).filter(Invoice.status == "paid"),
            ).where(*live)
        ).one()
        return {"count": row[0], "sales": int(row[1]), "outstanding": int(row[2]), "refunded": int(row[3]), "visits_paid": row[4]}

    def paid(self, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> int:
        """Payments recorded in the period on the client's invoices, less refunds issued in it."""
        payments = self._session.execute(
            # a gift card payment whose hold lapsed was reversed: that part never arrived
            sa.select(sa.func.coalesce(sa.func.sum(Payment.amount_minor - Payment.reversed_minor), 0))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Invoice.client_id == client_id, *_within(Payment.recorded_at, start, end))
        ).scalar_one()
        refunds = self._session.execute(
            sa.select(sa.func.coalesce(sa.func.sum(Refund.amount_minor), 0))
            .join(Invoice, Invoice.id == Refund.invoice_id)
            .where(Invoice.client_id == client_id, *_within(Refund.created_at, start, end))
        ).scalar_one()
        return int(payments) - int(refunds)

    def revenue_per_month(self, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> list:
        month = sa.func.to_char(sa.func.timezone("UTC", Invoice.issued_at), "YYYY-MM")
        return self._session.execute(
            sa.select(month, sa.func.sum(Invoice.total_minor - Invoice.refunded_minor), sa.func.count(Invoice.id))
            .where(Invoice.client_id == client_id, Invoice.status != "void", *_within(Invoice.issued_at, start, end))
            .group_by(month)
            .order_by(month)
        ).all()

    def favourite(
        self, column, client_id: uuid.UUID, start: datetime | None, end: datetime | None, *, top: int | None = 5
    ) -> list:
        """(name, times, amount) of the most frequent services or staff on the client's invoices."""
        times = sa.func.sum(InvoiceLine.quantity)
        return self._session.execute(
            sa.select(column, times, sa.func.sum(InvoiceLine.total_minor))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(
                Invoice.client_id == client_id,
                Invoice.status != "void",
                InvoiceLine.kind == "service",
                column.is_not(None),
                *_within(Invoice.issued_at, start, end),
            )
            .group_by(column)
            .order_by(times.desc(), column)
            .limit(top)
        ).all()
