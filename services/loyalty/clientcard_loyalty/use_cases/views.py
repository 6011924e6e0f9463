"""How cards, transactions and a client's loyalty status read in RPC answers (JSON-ready dicts)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from clientcard_loyalty.contracts import iso, money
from clientcard_loyalty.db.models import CardTransaction, LoyaltyCard, Program
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import lots as lot_rules
from clientcard_loyalty.domain import memberships
from clientcard_loyalty.use_cases.ledger import as_domain


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


def client_points(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime) -> dict:
    """Points, tier and what expires when: the headline of a client's loyalty."""
    lots = [as_domain(lot) for lot in uow.lots.for_client(client_id)]
    today = now.date()
    return {
        "client_id": str(client_id),
        "points": lot_rules.balance(lots, today),
        "tier": uow.tiers.get(client_id),
        "expiring": [{"points": points, "on": on.isoformat()} for on, points in lot_rules.expiring(lots, today)],
    }


def loyalty_status(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime, *, transactions: int = 50) -> dict:
    """Everything the client holds: the card section's shape, with recent transactions."""
    status = client_points(uow, client_id, now)
    today = now.date()
    per_card: dict[uuid.UUID, int] = {}
    for lot in uow.lots.for_client(client_id):
        if lot.points_remaining > 0 and lot.expires_on > today:
            per_card[lot.card_id] = per_card.get(lot.card_id, 0) + lot.points_remaining
    views = [card_view(card, today=today, points=per_card.get(card.id)) for card in uow.cards.for_client(client_id)]
    by_type = {kind: [v for v in views if v["type"] == kind] for kind in ("loyalty", "gift_card", "membership", "credit_pack")}
    return {
        "points": status["points"],
        "tier": status["tier"],
        "cards": by_type["loyalty"],
        "gift_cards": by_type["gift_card"],
        "memberships": by_type["membership"],
        "credits": by_type["credit_pack"],
        "expiring": status["expiring"],
        "transactions": [transaction_view(tx) for tx in uow.transactions.for_client(client_id, limit=transactions)],
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
