"""RPC and event contracts of the billing service: what comes in is loaded here, events go out from here."""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_billing.domain import ledger
from clientcard_billing.domain.invoices import LINE_KINDS, PAYMENT_METHODS, REFUND_DESTINATIONS, TOP_UP_METHODS
from clientcard_kit.contracts import Contract, EventEnvelope

if TYPE_CHECKING:  # the views read these rows; contracts import no database code at run time
    from datetime import date

    from clientcard_billing.db.models import CardOnFile, Invoice, Payment
    from clientcard_billing.domain.ledger import Balance

MAX_MINOR = 10**12  # a trillion minor units: far above any real sale, far below BIGINT


class MoneyInput(Contract):
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(-MAX_MINOR, MAX_MINOR))
    currency = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"))


class Percent(fields.Decimal):
    """0 to 100 with at most two decimals; more is refused, never rounded (12.345 % is a typo, not 12.35 %)."""

    default_error_messages = {"too_precise": "At most two decimals."}

    def __init__(self, **kwargs):
        super().__init__(places=2, validate=validate.Range(0, 100), **kwargs)

    def _format_num(self, value):
        number = super()._format_num(value)
        if number.is_finite() and decimal.Decimal(str(value)) != number:
            raise self.make_error("too_precise")
        return number


def _positive_money(**kwargs):
    return fields.Nested(MoneyInput, required=True, **kwargs)


class TopUpInput(Contract):
    amount = _positive_money()
    method = fields.String(required=True, validate=validate.OneOf(TOP_UP_METHODS))
    reason = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))


class AdjustmentInput(Contract):
    amount = _positive_money()
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))


class TransferInput(Contract):
    to_client_id = fields.UUID(required=True)
    amount = _positive_money()
    reason = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))


class InvoiceLineInput(Contract):
    description = fields.String(required=True, validate=validate.Length(min=1, max=300))
    kind = fields.String(required=True, validate=validate.OneOf(LINE_KINDS))
    quantity = fields.Integer(load_default=1, strict=True, validate=validate.Range(1, 10_000))
    unit_price = _positive_money()
    discount_percent = Percent(load_default=0)
    staff = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))


class InvoiceInput(Contract):
    location_id = fields.UUID(load_default=None, allow_none=True)
    visit_id = fields.UUID(load_default=None, allow_none=True)
    lines = fields.List(fields.Nested(InvoiceLineInput), required=True, validate=validate.Length(min=1, max=200))
    discount_percent = Percent(
        load_default=None,
        allow_none=True,
        metadata={"description": "the invoice's discount; the client's personal discount when absent"},
    )
    due_on = fields.Date(load_default=None, allow_none=True)


class PaymentInput(Contract):
    amount = _positive_money()
    method = fields.String(required=True, validate=validate.OneOf(PAYMENT_METHODS))
    gift_card_code = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=100))
    card_id = fields.UUID(load_default=None, allow_none=True)
    payer_client_id = fields.UUID(load_default=None, allow_none=True)

    @validates_schema
    def _gift_card_code_for_gift_cards(self, data, **kwargs):
        if data.get("method") == "gift_card" and not data.get("gift_card_code"):
            raise ValidationError("required for gift card payments", "gift_card_code")


class RefundInput(Contract):
    amount = _positive_money()
    to = fields.String(load_default="original", validate=validate.OneOf(REFUND_DESTINATIONS))
    reason = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    payment_id = fields.UUID(load_default=None, allow_none=True)


class VoidInput(Contract):
    reason = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))


class CardInput(Contract):
    token = fields.String(required=True, validate=validate.Length(min=1, max=200))
    brand = fields.String(required=True, validate=validate.Length(min=1, max=30))
    last4 = fields.String(required=True, validate=validate.Regexp(r"^[0-9]{4}$"))
    exp_month = fields.Integer(required=True, strict=True, validate=validate.Range(1, 12))
    exp_year = fields.Integer(required=True, strict=True, validate=validate.Range(2000, 2100))


class ClientCreatedEvent(EventEnvelope):
    """profile's `client_created`: billing opens the client's account."""

    client_id = fields.UUID(required=True)


class ClientEvent(EventEnvelope):
    """profile's `client_erased`."""

    client_id = fields.UUID(required=True)


class ClientMergedEvent(EventEnvelope):
    """profile's `client_merged` / `client_merge_undone`."""

    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ImportBatchEvent(EventEnvelope):
    """profile's `import_batch_accepted`: rows `{external_id, client_id, parts, new}` of one import."""

    import_id = fields.String(required=True)
    rows = fields.List(fields.Dict(), required=True)


class LocationEvent(EventEnvelope):
    """profile's `location_created` / `location_updated`."""

    location_id = fields.UUID(required=True)
    name = fields.String(load_default="")
    active = fields.Boolean(load_default=True)


def money(amount_minor: int, currency: str) -> dict:
    return {"amount": amount_minor, "currency": currency}


# --- RPC answers: every view of billing's rows, encoded in this one place


def invoice_view(invoice: Invoice) -> dict:
    def amount(minor: int) -> dict:
        return money(minor, invoice.currency)

    return {
        "id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "location_id": str(invoice.location_id) if invoice.location_id else None,
        "visit_id": str(invoice.visit_id) if invoice.visit_id else None,
        "status": invoice.status,
        "lines": [
            {
                "description": line.description,
                "kind": line.kind,
                "quantity": line.quantity,
                "unit_price": amount(line.unit_price_minor),
                "discount_percent": float(line.discount_percent),
                "discount": amount(line.discount_minor),
                "total": amount(line.total_minor),
                "staff": line.staff,
            }
            for line in invoice.lines
        ],
        "subtotal": amount(invoice.subtotal_minor),
        "discount_percent": float(invoice.discount_percent),
        "discount": amount(invoice.discount_minor),
        "total": amount(invoice.total_minor),
        "tax_rate_percent": float(invoice.tax_rate_percent),
        "tax": amount(invoice.tax_minor),
        "paid": amount(invoice.paid_minor),
        "refunded": amount(invoice.refunded_minor),
        "due": amount(invoice.due_minor),
        "payments": [
            {
                "id": str(p.id),
                "method": p.method,
                "amount": amount(p.amount_minor),
                "refunded": amount(p.refunded_minor),
                "reversed": amount(p.reversed_minor),
                "payer_client_id": str(p.payer_client_id),
                "card_id": str(p.card_id) if p.card_id else None,
                "recorded_at": p.recorded_at.isoformat(),
            }
            for p in invoice.payments
        ],
        "refunds": [
            {
                "id": str(r.id),
                "payment_id": str(r.payment_id),
                "amount": amount(r.amount_minor),
                "to": r.destination,
                "created_at": r.created_at.isoformat(),
            }
            for r in invoice.refunds
        ],
        "issued_at": invoice.issued_at.isoformat(),
        "voided_at": invoice.voided_at.isoformat() if invoice.voided_at else None,
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
    }


def recorded_payment_view(invoice: Invoice, payment: Payment) -> dict:
    """`record_payment`'s answer: the invoice, and the payment just recorded on it."""
    return {
        **invoice_view(invoice),
        "payment": {"id": str(payment.id), "method": payment.method, "amount": money(payment.amount_minor, invoice.currency)},
    }


def card_view(card: CardOnFile) -> dict:
    return {
        "id": str(card.id),
        "client_id": str(card.client_id),
        "brand": card.brand,
        "last4": card.last4,
        "exp_month": card.exp_month,
        "exp_year": card.exp_year,
        "token": card.token,
        "created_at": card.created_at.isoformat() if card.created_at else None,
    }


def balance_view(balance: Balance, currency: str) -> dict:
    return {
        "balance": money(balance.balance, currency),
        "credit": money(balance.credit, currency),
        "outstanding": money(balance.outstanding, currency),
    }


def card_section_view(balance: Balance | None, currency: str, *, spent: int = 0, paid: int = 0) -> dict:
    """Billing's section of the card: the balance (`balance` None: the client has no account yet) and
    the totals spent (net of refunds) and paid."""
    if balance is None:
        zero = money(0, currency)
        return {
            "balance": {"balance": zero, "credit": zero, "outstanding": zero, "account_open": False},
            "summary": {"total_spent": zero, "total_paid": zero},
        }
    return {
        "balance": {**balance_view(balance, currency), "account_open": True},
        "summary": {"total_spent": money(spent, currency), "total_paid": money(paid, currency)},
    }


ENTRY_ACCOUNT_NAMES = {ledger.CLIENT_CREDIT: "credit", ledger.CLIENT_RECEIVABLE: "receivable"}


def entry_view(row) -> dict:
    return {
        "id": str(row.id),
        "transaction_id": str(row.transaction_id),
        "kind": row.kind,
        "account": ENTRY_ACCOUNT_NAMES[row.account],
        "amount": money(int(row.amount_minor), row.currency),
        "invoice_id": str(row.invoice_id) if row.invoice_id else None,
        "reason": row.reason,
        "created_at": row.created_at.isoformat(),
    }


def statistics_view(
    client_id,
    first_day: date | None,
    last_day: date | None,
    currency: str,
    *,
    sales: int,
    paid: int,
    refunded: int,
    outstanding: int,
    invoices_count: int,
    visits_paid: int,
    average_ticket: int,
    months: list[tuple[str, int, int]],
    services: list[tuple[str, int, int]],
    staff: list[tuple[str, int, int]],
) -> dict:
    """A client's figures over a period (days included; None: unbounded); months `(month, revenue,
    invoices)`, favourites `(name, times, amount)` as `domain.statistics` ranks them."""

    def amount(minor) -> dict:
        return money(int(minor), currency)

    return {
        "client_id": str(client_id),
        "from": first_day.isoformat() if first_day else None,
        "to": last_day.isoformat() if last_day else None,
        "total_sales": amount(sales),
        "total_paid": amount(paid),
        "total_refunded": amount(refunded),
        "outstanding": amount(outstanding),
        "invoices_count": invoices_count,
        "visits_paid": visits_paid,
        "average_ticket": amount(average_ticket),
        "revenue_per_month": [{"month": m, "revenue": amount(total), "invoices": n} for m, total, n in months],
        "favourite_services": [{"name": n, "count": int(c), "amount": amount(a)} for n, c, a in services],
        "favourite_staff": [{"name": n, "count": int(c), "amount": amount(a)} for n, c, a in staff],
    }


def account_opened(client_id, currency: str) -> dict:
    return {"client_id": str(client_id), "currency": currency}


def balance_changed(client_id, balance_minor: int, currency: str, transaction_id) -> dict:
    return {
        "client_id": str(client_id),
        "balance_minor": balance_minor,
        "currency": currency,
        "transaction_id": str(transaction_id),
    }


def invoice_issued(invoice) -> dict:
    return {
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "location_id": _str(invoice.location_id),
        "visit_id": _str(invoice.visit_id),
        "total_minor": invoice.total_minor,
        "currency": invoice.currency,
    }


def invoice_overdue(invoice) -> dict:
    """An owed invoice passed its due date (sent once per invoice)."""
    return {
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "location_id": _str(invoice.location_id),
        "due_on": invoice.due_on.isoformat(),
        "due_minor": invoice.due_minor,
        "currency": invoice.currency,
    }


def invoice_voided(invoice) -> dict:
    return {
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "location_id": _str(invoice.location_id),
        "total_minor": invoice.total_minor,
        "currency": invoice.currency,
    }


def client_data_moved(merge_id, client_id, source_id, *, undone: bool) -> dict:
    """Billing applied a merge (or its undo): what was `source_id`'s is now `client_id`'s."""
    return {"merge_id": str(merge_id), "client_id": str(client_id), "source_id": str(source_id), "undone": undone}


def payment_recorded(payment, invoice) -> dict:
    return {
        "payment_id": str(payment.id),
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "payer_client_id": str(payment.payer_client_id),
        "location_id": _str(invoice.location_id),
        "amount_minor": payment.amount_minor,
        "currency": payment.currency,
        "method": payment.method,
        "recorded_at": payment.recorded_at.isoformat(),
    }


def payment_reversed(payment, invoice, amount_minor: int) -> dict:
    """A gift card payment whose hold lapsed before it was confirmed: the money never arrived."""
    return {
        "payment_id": str(payment.id),
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "amount_minor": amount_minor,
        "currency": payment.currency,
        "method": payment.method,
    }


def refund_issued(refund, payment, invoice) -> dict:
    return {
        "refund_id": str(refund.id),
        "payment_id": str(payment.id),
        "invoice_id": str(invoice.id),
        "client_id": str(invoice.client_id),
        "amount_minor": refund.amount_minor,
        "currency": refund.currency,
        "to": refund.destination,
        "method": payment.method,
        "gift_card_hold_id": payment.gift_card_hold_id,
    }


def _str(value):
    return str(value) if value is not None else None
