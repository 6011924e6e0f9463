"""Public schemas of invoices, payments, refunds and voids."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from gateway.schemas.balance import MoneyInSchema, money_out
from gateway.schemas.common import percent

LINE_KINDS = ("service", "product", "gift_card", "membership", "credit_pack")


class InvoiceLineCreateSchema(Schema):
    description = fields.String(required=True, validate=validate.Length(min=1, max=300))
    kind = fields.String(required=True, validate=validate.OneOf(LINE_KINDS))
    quantity = fields.Integer(strict=True, load_default=1, validate=validate.Range(1, 10_000))
    unit_price = fields.Nested(MoneyInSchema, required=True, metadata={"description": "tax inclusive"})
    discount_percent = percent(load_default="0")
    staff = fields.String(allow_none=True, validate=validate.Length(max=200))


class InvoiceCreateSchema(Schema):
    location_id = fields.UUID(allow_none=True, metadata={"description": "a known location (else 422)"})
    visit_id = fields.UUID(allow_none=True)
    lines = fields.List(fields.Nested(InvoiceLineCreateSchema), required=True, validate=validate.Length(min=1, max=200))
    discount_percent = percent(
        allow_none=True, metadata={"description": "on the whole invoice; the client's personal discount by default"}
    )
    due_on = fields.Date(
        allow_none=True,
        metadata={
            "description": "when it must be paid; by default `INVOICE_DUE_DAYS` (14) after issue. Once it has "
            "passed with something still due, the client gets one overdue notice"
        },
    )


class PaymentCreateSchema(Schema):
    amount = fields.Nested(MoneyInSchema, required=True)
    method = fields.String(required=True, validate=validate.OneOf(("cash", "card", "account_balance", "gift_card")))
    gift_card_code = fields.String(allow_none=True, validate=validate.Length(min=1, max=100))
    card_id = fields.UUID(allow_none=True, metadata={"description": "a card on file, for card payments"})
    payer_client_id = fields.UUID(allow_none=True, metadata={"description": "a linked client paying from their own balance"})

    @validates_schema
    def _code_for_gift_cards(self, data, **kwargs):
        if data.get("method") == "gift_card" and not data.get("gift_card_code"):
            raise ValidationError("required for gift card payments", "gift_card_code")


class RefundCreateSchema(Schema):
    amount = fields.Nested(MoneyInSchema, required=True)
    to = fields.String(load_default="original", validate=validate.OneOf(("original", "account_balance")))
    reason = fields.String(allow_none=True, validate=validate.Length(max=500))
    payment_id = fields.UUID(allow_none=True, metadata={"description": "refund this payment; newest first by default"})


class VoidSchema(Schema):
    reason = fields.String(allow_none=True, validate=validate.Length(max=500))


class InvoiceLineSchema(Schema):
    description = fields.String()
    kind = fields.String()
    quantity = fields.Integer()
    unit_price = money_out()
    discount_percent = fields.Float()
    discount = money_out()
    total = money_out()
    staff = fields.String(allow_none=True)


class PaymentSchema(Schema):
    id = fields.String()
    method = fields.String()
    amount = money_out()
    refunded = money_out()
    payer_client_id = fields.String()
    card_id = fields.String(allow_none=True)
    recorded_at = fields.String(metadata={"format": "date-time"})


class RefundSchema(Schema):
    id = fields.String()
    payment_id = fields.String()
    amount = money_out()
    to = fields.String()
    created_at = fields.String(metadata={"format": "date-time"})


class NewPaymentSchema(Schema):
    id = fields.String()
    method = fields.String()
    amount = money_out()


class InvoiceSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    location_id = fields.String(allow_none=True)
    visit_id = fields.String(allow_none=True)
    status = fields.String(metadata={"description": "open, partially_paid, paid, refunded or void"})
    lines = fields.List(fields.Nested(InvoiceLineSchema))
    subtotal = money_out()
    discount_percent = fields.Float()
    discount = money_out()
    total = money_out(metadata={"description": "tax inclusive"})
    tax_rate_percent = fields.Float()
    tax = money_out(metadata={"description": "the tax included in the total"})
    paid = money_out()
    refunded = money_out()
    due = money_out()
    payments = fields.List(fields.Nested(PaymentSchema))
    refunds = fields.List(fields.Nested(RefundSchema))
    issued_at = fields.String(metadata={"format": "date-time"})
    voided_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    due_on = fields.String(allow_none=True, metadata={"format": "date", "description": "null: issued before due dates"})
    payment = fields.Nested(NewPaymentSchema, metadata={"description": "the payment just recorded"})
    refunds_issued = fields.List(fields.String(), metadata={"description": "ids of the refunds just issued"})


class InvoicePageSchema(Schema):
    items = fields.List(fields.Nested(InvoiceSchema))
    next_cursor = fields.String(allow_none=True)
