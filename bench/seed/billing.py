"""Rows of the billing database: accounts, invoices with lines, payments, top-ups, and the
ledger postings each of them makes, balanced per transaction as `domain/ledger.py` builds them."""

from __future__ import annotations

import uuid

from bench.seed.plan import ClientPlan

TABLES = {
    "known_locations": ("id", "name", "active", "updated_at"),
    "accounts": ("id", "client_id", "currency", "opened_at"),
    "ledger_transactions": ("id", "kind", "invoice_id", "created_at"),
    "ledger_entries": ("transaction_id", "account", "account_id", "amount_minor", "currency"),
    "top_ups": ("transaction_id", "account_id", "created_at", "amount_minor", "currency"),  # the timeline's copy
    "invoices": (
        "id",
        "client_id",
        "location_id",
        "visit_id",
        "currency",
        "subtotal_minor",
        "discount_percent",
        "discount_minor",
        "total_minor",
        "tax_rate_percent",
        "tax_minor",
        "paid_minor",
        "status",
        "issued_at",
    ),
    "invoice_lines": (
        "invoice_id",
        "position",
        "description",
        "kind",
        "quantity",
        "unit_price_minor",
        "discount_percent",
        "discount_minor",
        "total_minor",
        "staff",
    ),
    "payments": ("id", "invoice_id", "payer_client_id", "method", "amount_minor", "currency", "transaction_id", "recorded_at"),
}
TAX_RATE = 20
CLEARING = {"cash": "cash", "card": "card_clearing"}


def reference_rows(ctx) -> dict[str, list[tuple]]:
    return {"known_locations": [(location, f"Studio {n + 1}", True, ctx.now) for n, location in enumerate(ctx.locations)]}


def status(total: int, paid: int) -> str:
    if paid == 0:
        return "paid" if total == 0 else "open"
    return "paid" if paid >= total else "partially_paid"


def rows(plans: list[ClientPlan], ctx) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {table: [] for table in TABLES if table != "known_locations"}
    transactions, entries = out["ledger_transactions"], out["ledger_entries"]
    cur = ctx.currency

    def post(kind: str, invoice_id, at, legs: list[tuple[str, object, int]]) -> uuid.UUID:
        assert sum(amount for _, _, amount in legs) == 0, legs  # the deferred trigger's rule, by construction
        transaction_id = uuid.uuid4()
        transactions.append((transaction_id, kind, invoice_id, at))
        entries.extend((transaction_id, account, account_id, amount, cur) for account, account_id, amount in legs)
        return transaction_id

    for c in plans:
        account = uuid.uuid4()
        out["accounts"].append((account, c.id, cur, c.created_at))
        for _top_up, amount, method, at in c.top_ups:
            transaction_id = post("top_up", None, at, [("client_credit", account, amount), (CLEARING[method], None, -amount)])
            out["top_ups"].append((transaction_id, account, at, amount, cur))
        for inv in c.invoices:
            tax = inv.total - round(inv.total * 100 / (100 + TAX_RATE))
            location = c.home_location if inv.visit_id else None
            out["invoices"].append(
                (
                    inv.id,
                    c.id,
                    location,
                    inv.visit_id,
                    cur,
                    inv.total,
                    0,
                    0,
                    inv.total,
                    TAX_RATE,
                    tax,
                    inv.paid,
                    status(inv.total, inv.paid),
                    inv.issued_at,
                )
            )
            for position, (description, kind, quantity, unit, staff) in enumerate(inv.lines):
                out["invoice_lines"].append(
                    (inv.id, position, description, kind, quantity, unit, 0, 0, quantity * unit, staff or None)
                )
            post("invoice", inv.id, inv.issued_at, [("client_receivable", account, -inv.total), ("revenue", None, inv.total)])
            for payment_id, method, amount, at in inv.payments:
                transaction_id = post(
                    "payment", inv.id, at, [("client_receivable", account, amount), (CLEARING[method], None, -amount)]
                )
                out["payments"].append((payment_id, inv.id, c.id, method, amount, cur, transaction_id, at))
    return out
