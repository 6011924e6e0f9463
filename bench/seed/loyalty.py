"""Rows of the loyalty database: a loyalty card for every client who paid, a point lot and an
`earn` transaction per payment (lots older than the expiry period expired), tiers, and the
payments and invoices loyalty keeps for refunds and gift cards."""

from __future__ import annotations

import uuid
from datetime import timedelta

from bench.seed.plan import ClientPlan

TABLES = {
    "loyalty_cards": ("id", "client_id", "type", "number", "status", "created_at"),
    "point_lots": (
        "id",
        "client_id",
        "card_id",
        "payment_id",
        "points_earned",
        "points_remaining",
        "earned_at",
        "expires_on",
        "expired_at",
        "expiring_notified_at",
    ),
    "card_transactions": ("id", "client_id", "card_id", "card_type", "type", "points", "payment_id", "occurred_at"),
    "payment_earnings": (
        "payment_id",
        "client_id",
        "invoice_id",
        "location_id",
        "method",
        "amount_minor",
        "currency",
        "points_earned",
        "counts_for_tier",
        "recorded_at",
    ),
    "invoices": ("invoice_id", "total_minor", "paid_minor"),
    "client_tiers": ("client_id", "tier", "changed_at"),
}
EXPIRY_DAYS, TIER_WINDOW_DAYS, VIP_MIN_SPEND = 365, 365, 100_000
# lots expiring this soon were announced by earlier runs of loyalty's hourly timer (notice: 14 days by
# default); unannounced, thousands of `points_expiring` notices (each a messaging job asking profile for
# the client) would run beside every scenario and slow all of them
ANNOUNCED_WITHIN_DAYS = 31


def rows(plans: list[ClientPlan], ctx) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {table: [] for table in TABLES}
    today = ctx.now.date()
    for c in plans:
        payments = sorted(((p, inv) for inv in c.invoices for p in inv.payments), key=lambda pair: pair[0][3])
        out["invoices"].extend((inv.id, inv.total, inv.paid) for inv in c.invoices)
        if not payments:
            continue
        card = uuid.uuid4()
        out["loyalty_cards"].append((card, c.id, "loyalty", f"L{c.index:010d}", "active", payments[0][0][3]))
        recent_spend = 0
        for (payment_id, method, amount, at), inv in payments:
            points = amount // 100
            location = c.home_location if inv.visit_id else None
            out["payment_earnings"].append((payment_id, c.id, inv.id, location, method, amount, ctx.currency, points, True, at))
            if at > ctx.now - timedelta(days=TIER_WINDOW_DAYS):
                recent_spend += amount
            if points == 0:
                continue
            expires_on = (at + timedelta(days=EXPIRY_DAYS)).date()
            expired = expires_on <= today
            announced = expires_on <= today + timedelta(days=ANNOUNCED_WITHIN_DAYS)
            out["point_lots"].append(
                (
                    uuid.uuid4(),
                    c.id,
                    card,
                    payment_id,
                    points,
                    0 if expired else points,
                    at,
                    expires_on,
                    ctx.now if expired else None,
                    ctx.now if announced else None,
                )
            )
            out["card_transactions"].append((uuid.uuid4(), c.id, card, "loyalty", "earn", points, payment_id, at))
            if expired:
                out["card_transactions"].append((uuid.uuid4(), c.id, card, "loyalty", "expiry", -points, None, ctx.now))
        if recent_spend >= VIP_MIN_SPEND:
            out["client_tiers"].append((c.id, "vip", ctx.now))
    return out
