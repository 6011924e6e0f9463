"""Public schemas of loyalty: a client's status, cards of every kind, adjustments, gift-card balances."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import MoneySchema, flag, plausible

CARD_TYPES = ("loyalty", "gift_card", "membership", "credit_pack")
DATE = {"format": "date"}
DATE_TIME = {"format": "date-time"}


class LoyaltyCardCreateSchema(Schema):
    """`type` and the fields of that kind: gift_card needs `initial_value`; membership `plan` and
    `next_payment_on`; credit_pack `service` and `credits`."""

    type = fields.String(required=True, validate=validate.OneOf(CARD_TYPES))
    number = fields.String(
        allow_none=True,
        validate=validate.Length(min=1, max=50),
        metadata={"description": "loyalty, membership, credit_pack: generated when omitted"},
    )
    holder_name = fields.String(allow_none=True, validate=validate.Length(max=200))
    initial_value = fields.Nested(MoneySchema, allow_none=True, metadata={"description": "gift_card"})
    code = fields.String(
        allow_none=True,
        validate=validate.Regexp(r"^[A-Za-z0-9-]{6,50}$"),
        metadata={"description": "gift_card: generated when omitted"},
    )
    expires_on = fields.Date(allow_none=True, validate=plausible, metadata={"description": "gift_card, credit_pack"})
    invoice_id = fields.UUID(allow_none=True, metadata={"description": "gift_card: the invoice that sold it"})
    plan = fields.String(allow_none=True, validate=validate.Length(min=1, max=200), metadata={"description": "membership"})
    price = fields.Nested(MoneySchema, allow_none=True, metadata={"description": "membership"})
    period_months = fields.Integer(strict=True, validate=validate.Range(min=1, max=36), metadata={"description": "membership"})
    next_payment_on = fields.Date(allow_none=True, validate=plausible, metadata={"description": "membership"})
    service = fields.String(allow_none=True, validate=validate.Length(min=1, max=200), metadata={"description": "credit_pack"})
    credits = fields.Integer(
        allow_none=True, strict=True, validate=validate.Range(min=1, max=10000), metadata={"description": "credit_pack"}
    )
    rollover = fields.String(
        validate=validate.Regexp(r"^(none|all|max:[1-9][0-9]{0,4})$"),
        metadata={"description": "credit_pack: what a lapsed pack hands to the next one of the same service: none | all | max:N"},
    )
    shareable = flag(metadata={"description": "credit_pack: linked family members may use it"})


class LoyaltyTransactionSchema(Schema):
    id = fields.String()
    card_id = fields.String()
    date = fields.String(metadata=DATE_TIME)
    type = fields.String(
        metadata={
            "description": "earn, accrual, write_off, redemption, refund_reversal, expiry, "
            "issued, deleted, refund, credits_adjusted, rollover, lapsed, frozen, ..."
        }
    )
    points = fields.Integer(allow_none=True)
    amount = fields.Nested(MoneySchema, allow_none=True)
    credits = fields.Integer(allow_none=True)
    reason = fields.String(allow_none=True)
    payment_id = fields.String(allow_none=True)
    refund_id = fields.String(allow_none=True)
    related_client_id = fields.String(allow_none=True)


class MembershipFreezeWindowSchema(Schema):
    from_ = fields.String(data_key="from", attribute="from", allow_none=True, metadata=DATE)
    until = fields.String(allow_none=True, metadata=DATE)


class MembershipFreezeEffectSchema(Schema):
    next_payment_on_before = fields.String(allow_none=True, metadata=DATE)
    next_payment_on_after = fields.String(allow_none=True, metadata=DATE)
    days = fields.Integer()


class LoyaltyCardSchema(Schema):
    """A card of any kind; the fields of the other kinds are absent."""

    id = fields.String()
    client_id = fields.String()
    type = fields.String()
    number = fields.String()
    status = fields.String(
        metadata={"description": "active, deleted, expired, closed, merged; memberships: active, frozen, cancelled"}
    )
    holder_name = fields.String(allow_none=True)
    created_at = fields.String(metadata=DATE_TIME)
    points = fields.Integer()
    code = fields.String()
    initial_value = fields.Nested(MoneySchema)
    remaining_value = fields.Nested(MoneySchema)
    expires_on = fields.String(allow_none=True, metadata=DATE)
    invoice_id = fields.String(allow_none=True)
    plan = fields.String()
    price = fields.Nested(MoneySchema, allow_none=True)
    period_months = fields.Integer(allow_none=True)
    next_payment_on = fields.String(allow_none=True, metadata=DATE)
    freeze = fields.Nested(MembershipFreezeWindowSchema, allow_none=True)
    effect = fields.Nested(MembershipFreezeEffectSchema)
    service = fields.String()
    credits_total = fields.Integer()
    credits_remaining = fields.Integer()
    rollover = fields.String(allow_none=True)
    shareable = fields.Boolean()
    transactions = fields.List(fields.Nested(LoyaltyTransactionSchema))


class ExpiringPointsSchema(Schema):
    points = fields.Integer()
    on = fields.String(metadata=DATE)


class LoyaltySchema(Schema):
    points = fields.Integer()
    tier = fields.String(allow_none=True)
    cards = fields.List(fields.Nested(LoyaltyCardSchema))
    gift_cards = fields.List(fields.Nested(LoyaltyCardSchema))
    memberships = fields.List(fields.Nested(LoyaltyCardSchema))
    credits = fields.List(fields.Nested(LoyaltyCardSchema))
    expiring = fields.List(fields.Nested(ExpiringPointsSchema))
    transactions = fields.List(fields.Nested(LoyaltyTransactionSchema))


class PointsAdjustmentSchema(Schema):
    points = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=-1_000_000, max=1_000_000),
        metadata={"description": "signed: positive accrues, negative writes off"},
    )
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))
    type = fields.String(
        validate=validate.OneOf(("adjustment", "redemption")),
        metadata={"description": "redemption: points spent on a reward (negative points)"},
    )


class PointsSchema(Schema):
    client_id = fields.String()
    points = fields.Integer()
    tier = fields.String(allow_none=True)
    expiring = fields.List(fields.Nested(ExpiringPointsSchema))


class MembershipFreezeSchema(Schema):
    from_ = fields.Date(required=True, data_key="from", validate=plausible)
    until = fields.Date(required=True, validate=plausible)


class MembershipCancelSchema(Schema):
    """An optional reason (cancel, renewal)."""

    reason = fields.String(validate=validate.Length(max=500))


class CreditAdjustmentSchema(Schema):
    credits = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=-10000, max=10000),
        metadata={"description": "signed: a session used is -1"},
    )
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))
    used_by_client_id = fields.UUID(allow_none=True, metadata={"description": "a linked family member using a shareable pack"})
