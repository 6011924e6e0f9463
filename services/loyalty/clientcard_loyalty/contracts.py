"""RPC and event contracts of the loyalty service: what comes in (validated) and goes out (dumped)."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_kit.contracts import Contract, EventEnvelope

CARD_TYPES = ("loyalty", "gift_card", "membership", "credit_pack")
# PostgreSQL text cannot hold NUL: refused here as a 422 rather than failing in the database
NO_NUL = validate.Regexp(r"^[^\x00]*$", error="must not contain NUL characters")


# ---- events in -------------------------------------------------------------------------------
class PaymentRecordedEvent(EventEnvelope):
    payment_id = fields.UUID(required=True)
    invoice_id = fields.UUID(load_default=None, allow_none=True)
    client_id = fields.UUID(required=True)
    location_id = fields.UUID(load_default=None, allow_none=True)
    amount_minor = fields.Integer(required=True)
    currency = fields.String(required=True)
    method = fields.String(required=True)
    recorded_at = fields.AwareDateTime(load_default=None, allow_none=True)


class InvoiceIssuedEvent(EventEnvelope):
    invoice_id = fields.UUID(required=True)
    client_id = fields.UUID(load_default=None, allow_none=True)
    total_minor = fields.Integer(required=True)
    currency = fields.String(load_default=None, allow_none=True)


class RefundIssuedEvent(EventEnvelope):
    refund_id = fields.UUID(required=True)
    payment_id = fields.UUID(required=True)
    invoice_id = fields.UUID(load_default=None, allow_none=True)
    client_id = fields.UUID(required=True)
    amount_minor = fields.Integer(required=True, validate=validate.Range(min=0))
    currency = fields.String(required=True)
    to = fields.String(load_default="original")
    gift_card_hold_id = fields.UUID(load_default=None, allow_none=True)


class ClientMergedEvent(EventEnvelope):
    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ClientErasedEvent(EventEnvelope):
    client_id = fields.UUID(required=True)


class ImportBatchEvent(EventEnvelope):
    """profile's `import_batch_accepted`: rows `{external_id, client_id, parts, new}` of one import."""

    import_id = fields.String(required=True)
    rows = fields.List(fields.Dict(), required=True)


class LocationEvent(EventEnvelope):
    location_id = fields.UUID(required=True)
    name = fields.String(load_default=None, allow_none=True)
    active = fields.Boolean(load_default=True)


# ---- RPC arguments ----------------------------------------------------------------------------
class Money(Contract):
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=-(10**12), max=10**12))
    currency = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"))


class TierRuleIn(Contract):
    name = fields.String(required=True, validate=[validate.Length(min=1, max=50), NO_NUL])
    min_spend = fields.Nested(Money, required=True)


class ProgramUpdate(Contract):
    """PUT semantics: omitted fields keep their value."""

    points_per_unit = fields.Integer(validate=validate.Range(min=0, max=1000))
    expiry_days = fields.Integer(validate=validate.Range(min=1, max=3650))
    tier_window_days = fields.Integer(validate=validate.Range(min=1, max=3650))
    tiers = fields.List(fields.Nested(TierRuleIn))
    excluded_location_ids = fields.List(fields.UUID())


class CardCreate(Contract):
    """One of four kinds; the fields each kind needs are checked below."""

    type = fields.String(required=True, validate=validate.OneOf(CARD_TYPES))
    number = fields.String(load_default=None, allow_none=True, validate=[validate.Length(min=1, max=50), NO_NUL])
    holder_name = fields.String(load_default=None, allow_none=True, validate=[validate.Length(max=200), NO_NUL])
    # gift cards
    initial_value = fields.Nested(Money, load_default=None, allow_none=True)
    code = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^[A-Za-z0-9-]{6,50}$"))
    expires_on = fields.Date(load_default=None, allow_none=True)
    invoice_id = fields.UUID(load_default=None, allow_none=True)
    # memberships
    plan = fields.String(load_default=None, allow_none=True, validate=[validate.Length(min=1, max=200), NO_NUL])
    price = fields.Nested(Money, load_default=None, allow_none=True)
    period_months = fields.Integer(load_default=1, strict=True, validate=validate.Range(min=1, max=36))
    next_payment_on = fields.Date(load_default=None, allow_none=True)
    # credit packs
    service = fields.String(load_default=None, allow_none=True, validate=[validate.Length(min=1, max=200), NO_NUL])
    credits = fields.Integer(load_default=None, allow_none=True, strict=True, validate=validate.Range(min=1, max=10000))
    rollover = fields.String(load_default="none", validate=validate.Regexp(r"^(none|all|max:[1-9][0-9]{0,4})$"))
    shareable = fields.Boolean(load_default=False)

    @validates_schema
    def _fields_of_the_type(self, data, **kwargs):
        needed = {
            "gift_card": ("initial_value",),
            "membership": ("plan", "next_payment_on"),
            "credit_pack": ("service", "credits"),
        }.get(data.get("type"), ())
        missing = {name: ["Required for this card type."] for name in needed if data.get(name) is None}
        if missing:
            raise ValidationError(missing)
        value = data.get("initial_value")
        if data.get("type") == "gift_card" and value and value["amount"] <= 0:
            raise ValidationError({"initial_value": ["Must be positive."]})
        price = data.get("price")
        if data.get("type") == "membership" and price and price["amount"] < 0:
            raise ValidationError({"price": ["Must not be negative."]})


class PointsAdjustment(Contract):
    points = fields.Integer(required=True, strict=True, validate=validate.Range(min=-1_000_000, max=1_000_000))
    reason = fields.String(required=True, validate=[validate.Length(min=1, max=500), NO_NUL])
    type = fields.String(load_default="adjustment", validate=validate.OneOf(("adjustment", "redemption")))


class Freeze(Contract):
    frozen_from = fields.Date(required=True, data_key="from")
    frozen_until = fields.Date(required=True, data_key="until")


class MembershipNote(Contract):
    """The optional reason of a cancellation or renewal."""

    reason = fields.String(load_default=None, allow_none=True, validate=[validate.Length(max=500), NO_NUL])


class CreditAdjustment(Contract):
    credits = fields.Integer(required=True, strict=True, validate=validate.Range(min=-10000, max=10000))
    reason = fields.String(required=True, validate=[validate.Length(min=1, max=500), NO_NUL])
    used_by_client_id = fields.UUID(load_default=None, allow_none=True)


# ---- out --------------------------------------------------------------------------------------
def money(amount_minor: int | None, currency: str | None) -> dict | None:
    if amount_minor is None or currency is None:
        return None
    return {"amount": int(amount_minor), "currency": currency}


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


# ---- events out ------------------------------------------------------------------------------
# one event type per kind of card, named as the webhooks name them (`gift_card.changed`, ...)
CARD_CHANGED = {
    "loyalty": "loyalty_card_changed",
    "gift_card": "gift_card_changed",
    "membership": "membership_changed",
    "credit_pack": "credits_changed",
}


def card_changed(card, change: str) -> dict:
    """A card's `change` (issued, deleted, held, frozen, ...) with its status after it; ids only, no holder name."""
    return {
        "client_id": str(card.client_id),
        "card_id": str(card.id),
        "card_type": card.type,
        "change": change,
        "status": card.status,
    }


def client_data_moved(merge_id, client_id, source_id, *, undone: bool) -> dict:
    """Loyalty applied a merge (or its undo): what was `source_id`'s is now `client_id`'s."""
    return {"merge_id": str(merge_id), "client_id": str(client_id), "source_id": str(source_id), "undone": undone}


def client_data_erased(client_id) -> dict:
    return {"client_id": str(client_id)}
