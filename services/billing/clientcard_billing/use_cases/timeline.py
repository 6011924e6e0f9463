"""Billing's part of the client's timeline: invoices, payments, refunds and top-ups, newest first by (at, id).

Each kind reads one keyset index range of the client (migrations 0003, 0004 and 0008)."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_billing.db.models import Account, Invoice, Payment, Refund, TopUp
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_kit import timeline

KINDS = ("invoice", "payment", "refund", "top_up")


def _sources(client_id, kinds: set[str]) -> list[timeline.Source]:
    sources = []
    if "invoice" in kinds:
        data = sa.func.jsonb_build_object("amount", Invoice.total_minor, "currency", Invoice.currency, "status", Invoice.status)
        query = sa.select(Invoice.issued_at.label("at"), Invoice.id.label("id"), data.label("data"))
        sources.append(timeline.Source("invoice", query.where(Invoice.client_id == client_id), Invoice.issued_at, Invoice.id))
    if "payment" in kinds:
        data = sa.func.jsonb_build_object(
            "amount",
            Payment.amount_minor,
            "currency",
            Payment.currency,
            "method",
            Payment.method,
            "invoice_id",
            Payment.invoice_id,
        )
        query = sa.select(Payment.recorded_at.label("at"), Payment.id.label("id"), data.label("data"))
        sources.append(
            timeline.Source("payment", query.where(Payment.payer_client_id == client_id), Payment.recorded_at, Payment.id)
        )
    if "refund" in kinds:
        data = sa.func.jsonb_build_object(
            "amount",
            Refund.amount_minor,
            "currency",
            Refund.currency,
            "to",
            Refund.destination,
            "invoice_id",
            Refund.invoice_id,
        )
        query = sa.select(Refund.created_at.label("at"), Refund.id.label("id"), data.label("data"))
        sources.append(timeline.Source("refund", query.where(Refund.client_id == client_id), Refund.created_at, Refund.id))
    if "top_up" in kinds:
        # the ledger's top-ups as copied to `top_ups`: one index range of the client's account
        account_id = sa.select(Account.id).where(Account.client_id == client_id).scalar_subquery()
        data = sa.func.jsonb_build_object("amount", TopUp.amount_minor, "currency", TopUp.currency)
        query = sa.select(TopUp.created_at.label("at"), TopUp.transaction_id.label("id"), data.label("data"))
        sources.append(
            timeline.Source("top_up", query.where(TopUp.account_id == account_id), TopUp.created_at, TopUp.transaction_id)
        )
    return sources


def _money(data: dict) -> str:
    return f"{data.get('amount', 0) / 100:.2f} {data.get('currency', '')}"


def summarise(kind: str, data: dict) -> str:
    if kind == "invoice":
        return f"Invoice of {_money(data)} ({data.get('status')})"
    if kind == "payment":
        return f"Payment of {_money(data)} by {data.get('method', '').replace('_', ' ')}"
    if kind == "refund":
        return f"Refund of {_money(data)} to {data.get('to', '').replace('_', ' ')}"
    return f"Top-up of {_money(data)}"


def timeline_page(
    uow: BillingUnitOfWork,
    client_id: str,
    kinds: list[str] | None,
    before: list | None,
    since: str | None,
    until: str | None,
    limit: int,
) -> list[dict]:
    """Up to `limit` items older than `before` (none for a client billing does not know). Raises TimelineInvalid (422)."""
    want = timeline.window(before, since, until, limit)
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    client = timeline.client_uuid(client_id)
    with uow:
        return timeline.page(uow.session, _sources(client, wanted), want, summarise)
