"""RPC and event contracts of the billing service: what comes in is loaded here, events go out from here."""
from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_billing.domain.invoices import LINE_KINDS, PAYMENT_METHODS, REFUND_DESTINATIONS, TOP_UP_METHODS
from clientcard_kit.contracts import Contract, EventEnvelope

MAX_MINOR = 10**12  # a trillion minor units: far above any real sale, far below BIGINT


class MoneyInput(Contract):
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(-MAX_MINOR, MAX_MINOR))
    currency = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"))


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
    discount_percent = fields.Decimal(load_default=0, places=2, validate=validate.Range(0, 100))
    staff = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))


class InvoiceInput(Contract):
    location_id = fields.UUID(load_default=None, allow_none=True)
    visit_id = fields.UUID(load_default=None, allow_none=True)
    lines = fields.List(fields.Nested(InvoiceLineInput), required=True, validate=validate.Length(min=1, max=200))
    discount_percent = fields.Decimal(
        load_default=None, allow_none=True, places=2, validate=validate.Range(0, 100),
        metadata={"description": "the invoice's discount; the client's personal discount when absent"},
    )


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


class LocationEvent(EventEnvelope):
    """profile's `location_created` / `location_updated`."""

    location_id = fields.UUID(required=True)
    name = fields.String(load_default="")
    active = fields.Boolean(load_default=True)


def money(amount_minor: int, currency: str) -> dict:
    return {"amount": amount_minor, "currency": currency}


def account_opened(client_id, currency: str) -> dict:
    return {"client_id": str(client_id), "currency": currency}


def balance_changed(client_id, balance_minor: int, currency: str, transaction_id) -> dict:
    return {"client_id": str(client_id), "balance_minor": balance_minor, "currency": currency,
            "transaction_id": str(transaction_id)}


def invoice_issued(invoice) -> dict:
    return {"invoice_id": str(invoice.id), "client_id": str(invoice.client_id), "location_id": _str(invoice.location_id),
            "visit_id": _str(invoice.visit_id), "total_minor": invoice.total_minor, "currency": invoice.currency}


def payment_recorded(payment, invoice) -> dict:
    return {"payment_id": str(payment.id), "invoice_id": str(invoice.id), "client_id": str(invoice.client_id),
            "payer_client_id": str(payment.payer_client_id), "location_id": _str(invoice.location_id),
            "amount_minor": payment.amount_minor, "currency": payment.currency, "method": payment.method,
            "recorded_at": payment.recorded_at.isoformat()}


def payment_reversed(payment, invoice, amount_minor: int) -> dict:
    """A gift card payment whose hold lapsed before it was confirmed: the money never arrived."""
    return {"payment_id": str(payment.id), "invoice_id": str(invoice.id), "client_id": str(invoice.client_id),
            "amount_minor": amount_minor, "currency": payment.currency, "method": payment.method}


def refund_issued(refund, payment, invoice) -> dict:
    return {"refund_id": str(refund.id), "payment_id": str(payment.id), "invoice_id": str(invoice.id),
            "client_id": str(invoice.client_id), "amount_minor": refund.amount_minor, "currency": refund.currency,
            "to": refund.destination, "method": payment.method, "gift_card_hold_id": payment.gift_card_hold_id}


def _str(value):
    return str(value) if value is not None else None
