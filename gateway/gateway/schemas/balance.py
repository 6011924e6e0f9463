"""Public schemas of the client's balance: reading it, top-ups, adjustments, transfers, cards on file."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import MoneySchema, money

# the one Money schema, under the names this package's modules import
MoneyInSchema = MoneySchema
money_out = money


class TopUpCreateSchema(Schema):
    amount = fields.Nested(MoneyInSchema, required=True, metadata={"description": "positive"})
    method = fields.String(required=True, validate=validate.OneOf(("cash", "card", "bank_transfer")))
    reason = fields.String(allow_none=True, validate=validate.Length(max=500))


class AdjustmentCreateSchema(Schema):
    amount = fields.Nested(MoneyInSchema, required=True, metadata={"description": "signed: negative takes credit"})
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))


class TransferCreateSchema(Schema):
    to_client_id = fields.UUID(required=True, metadata={"description": "a client linked to this one"})
    amount = fields.Nested(MoneyInSchema, required=True)
    reason = fields.String(allow_none=True, validate=validate.Length(max=500))


class MovementSchema(Schema):
    """The ledger transaction a write posted, and the client's balance after it."""

    transaction_id = fields.String()
    client_id = fields.String()
    balance = money_out()
    credit = money_out()
    outstanding = money_out()
    method = fields.String()
    to_client_id = fields.String()


class EntrySchema(Schema):
    id = fields.String()
    transaction_id = fields.String()
    kind = fields.String(metadata={"description": "top_up, adjustment, transfer, invoice, payment, refund, void, merge"})
    account = fields.String(metadata={"description": "credit (prepaid) or receivable (owed)"})
    amount = money_out(metadata={"description": "positive raises the client's balance"})
    invoice_id = fields.String(allow_none=True)
    reason = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})


class BalanceSchema(Schema):
    client_id = fields.String()
    currency = fields.String()
    account_open = fields.Boolean()
    balance = money_out(metadata={"description": "credit - outstanding: positive prepaid, negative owed"})
    credit = money_out()
    outstanding = money_out()
    entries = fields.List(fields.Nested(EntrySchema))
    next_cursor = fields.String(allow_none=True)


class CardOnFileCreateSchema(Schema):
    token = fields.String(
        required=True,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "the payment provider's token; a card number is a 422"},
    )
    brand = fields.String(required=True, validate=validate.Length(min=1, max=30))
    last4 = fields.String(required=True, validate=validate.Regexp(r"^[0-9]{4}$"))
    exp_month = fields.Integer(required=True, strict=True, validate=validate.Range(1, 12))
    exp_year = fields.Integer(required=True, strict=True, validate=validate.Range(2000, 2100))


class CardOnFileSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    token = fields.String()
    brand = fields.String()
    last4 = fields.String()
    exp_month = fields.Integer()
    exp_year = fields.Integer()
    created_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class CardOnFileListSchema(Schema):
    items = fields.List(fields.Nested(CardOnFileSchema))
    next_cursor = fields.String(allow_none=True)
