"""RPC and event contracts of the loyalty service: what comes in (validated) and goes out (dumped)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_kit.contracts import Contract, EventEnvelope
from clientcard_loyalty.domain import memberships

if TYPE_CHECKING:  # the views read these rows; contracts import no database code at run time
    import uuid
    from collections.abc import Iterable
    from datetime import date

    from clientcard_loyalty.db.models import CardTransaction, GiftCardHold, LoyaltyCard, Program

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


# ---- RPC answers: every view of loyalty's rows, encoded in this one place ------------------------
def _dated_status(card: LoyaltyCard, today: date) -> str:
    if card.status == "active" and card.expires_on is not None and card.expires_on < today:
        return "expired"
    return card.status


def card_view(card: LoyaltyCard, *, today: date, points: int | None = None) -> dict:
    view = {
        "id": str(card.id),
        "client_id": str(card.client_id),
        "type": card.type,
        "number": card.number,
        "status": card.status,
        "holder_name": card.holder_name,
        "created_at": iso(card.created_at),
    }
    if card.type == "loyalty":
        view["points"] = points or 0
    elif card.type == "gift_card":
        view.update(
            code=card.code,
            initial_value=money(card.initial_minor, card.currency),
            remaining_value=money(card.remaining_minor, card.currency),
            expires_on=iso(card.expires_on),
            invoice_id=str(card.invoice_id) if card.invoice_id else None,
            status=_dated_status(card, today),
        )
    elif card.type == "membership":
        cancelled = card.status == "cancelled"
        view.update(
            plan=card.plan,
            price=money(card.price_minor, card.currency),
            period_months=card.period_months,
            next_payment_on=iso(card.next_payment_on),
            status=memberships.status_on(today, cancelled=cancelled, frozen_from=card.frozen_from, frozen_until=card.frozen_until)
            if card.status != "deleted"
            else "deleted",
            freeze={"from": iso(card.frozen_from), "until": iso(card.frozen_until)} if card.frozen_from else None,
        )
    elif card.type == "credit_pack":
        view.update(
            service=card.service,
            credits_total=card.credits_total,
            credits_remaining=card.credits_remaining,
            expires_on=iso(card.expires_on),
            rollover=card.rollover,
            shareable=card.shareable,
            status=_dated_status(card, today),
        )
    return view


def transaction_view(tx: CardTransaction) -> dict:
    return {
        "id": str(tx.id),
        "card_id": str(tx.card_id),
        "date": iso(tx.occurred_at),
        "type": tx.type,
        "points": tx.points,
        "amount": money(tx.amount_minor, tx.currency),
        "credits": tx.credits,
        "reason": tx.reason,
        "payment_id": str(tx.payment_id) if tx.payment_id else None,
        "refund_id": str(tx.refund_id) if tx.refund_id else None,
        "related_client_id": str(tx.related_client_id) if tx.related_client_id else None,
    }


def points_summary(client_id: uuid.UUID, points: int, tier: str | None, expiring: Iterable[tuple[date, int]]) -> dict:
    """Points, tier and what expires when: the headline of a client's loyalty (`adjust_points` answers it)."""
    return {
        "client_id": str(client_id),
        "points": points,
        "tier": tier,
        "expiring": [{"points": amount, "on": on.isoformat()} for on, amount in expiring],
    }


def loyalty_section(
    summary: dict,
    cards: Iterable[LoyaltyCard],
    points_per_card: dict[uuid.UUID, int],
    transactions: Iterable[CardTransaction],
    *,
    today: date,
) -> dict:
    """Everything the client holds, by kind of card, with recent transactions: the card section's shape."""
    views = [card_view(card, today=today, points=points_per_card.get(card.id)) for card in cards]
    by_type = {kind: [v for v in views if v["type"] == kind] for kind in CARD_TYPES}
    return {
        "points": summary["points"],
        "tier": summary["tier"],
        "cards": by_type["loyalty"],
        "gift_cards": by_type["gift_card"],
        "memberships": by_type["membership"],
        "credits": by_type["credit_pack"],
        "expiring": summary["expiring"],
        "transactions": [transaction_view(tx) for tx in transactions],
    }


def program_view(program: Program, currency: str) -> dict:
    return {
        "points_per_unit": program.points_per_unit,
        "expiry_days": program.expiry_days,
        "tier_window_days": program.tier_window_days,
        "tiers": [{"name": t["name"], "min_spend": money(t["min_spend_minor"], currency)} for t in program.tiers],
        "excluded_location_ids": list(program.excluded_location_ids),
        "version": program.version,
        "updated_at": iso(program.updated_at),
    }


def gift_card_hold_taken(hold: GiftCardHold, card: LoyaltyCard) -> dict:
    """`hold_gift_card`'s answer: the hold and what is left on the card after it."""
    return {"hold_id": str(hold.id), "remaining_minor": card.remaining_minor}


def gift_card_hold_view(hold: GiftCardHold, card: LoyaltyCard) -> dict:
    """`confirm_gift_card_hold` and `release_gift_card_hold`'s answer: the hold's status and what is left on the card."""
    return {"hold_id": str(hold.id), "status": hold.status, "remaining_minor": card.remaining_minor}


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
