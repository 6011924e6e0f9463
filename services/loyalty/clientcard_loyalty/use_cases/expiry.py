"""The due work of the clock: expiring notices, expired lots, lapsed gift-card holds, tiers that roll down.

Each function is idempotent and processes what is due at `now`, in batches, so the timer can
run it hourly (or a test can run it after moving the clock) and a crash only delays work.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import tiers as tier_rules
from clientcard_loyalty.use_cases import ledger

BATCH = 500


def notify_expiring(uow: LoyaltyUnitOfWork, *, now: datetime, notice_days: int) -> int:
    """`points_expiring` once per lot that expires within `notice_days`; returns how many were announced."""
    with uow:
        today = now.date()
        lots = uow.lots.due_for_notice(today, today + timedelta(days=notice_days), BATCH)
        for lot in lots:
            lot.expiring_notified_at = now
            uow.outbox.add(
                "points_expiring",
                {
                    "client_id": str(lot.client_id),
                    "card_id": str(lot.card_id),
                    "points": lot.points_remaining,
                    "expires_on": lot.expires_on.isoformat(),
                },
            )
        uow.commit()
        return len(lots)


def expire_lots(uow: LoyaltyUnitOfWork, *, now: datetime) -> int:
    """Zero every lot whose expiry date has come, with a transaction and `points_expired`; returns points expired."""
    with uow:
        lots = uow.lots.due_to_expire(now.date(), BATCH)
        total = 0
        for lot in lots:
            points, lot.points_remaining, lot.expired_at = lot.points_remaining, 0, now
            total += points
            uow.transactions.add(
                client_id=lot.client_id,
                card_id=lot.card_id,
                type="expiry",
                points=-points,
                reason=f"points earned {lot.earned_at.date().isoformat()} expired",
                payment_id=lot.payment_id,
                occurred_at=now,
            )
            uow.outbox.add(
                "points_expired",
                {
                    "client_id": str(lot.client_id),
                    "card_id": str(lot.card_id),
                    "points": points,
                    "expires_on": lot.expires_on.isoformat(),
                },
            )
        uow.commit()
        return total


def roll_tiers(uow: LoyaltyUnitOfWork, *, now: datetime) -> int:
    """Recompute the tiers the passing of time can have changed since the last roll; returns how many changed.

    Every tier is right as of `rolled_to` (each payment, refund, adjustment or merge recomputes its
    client's), so only clients with counted spend recorded between the window's start then and now
    can have moved: those, a batch per transaction. With no `rolled_to` (the first run, or the tiers
    or window changed), every client with a tier or with spend in the window. `rolled_to` moves on
    only once every batch is done, and not if the program changed meanwhile: a crash only delays.
    """
    with uow:
        program = uow.programs.get()
        version, rolled_to = program.version, uow.tiers.rolled_to()
        if rolled_to is None:
            clients = uow.tiers.clients_with_a_tier_or_spend_since(tier_rules.window_start(now, program.tier_window_days))
        else:
            start, end = tier_rules.window_passed(rolled_to, now, program.tier_window_days)
            clients = uow.tiers.clients_with_spend_recorded_between(start, end)
    changed = 0
    for first in range(0, len(clients), BATCH):
        changed += _recompute_tiers(uow, clients[first : first + BATCH], now=now)
    with uow:
        if uow.programs.get(for_update=True).version == version:  # a program change waits for this commit
            uow.tiers.set_rolled_to(now)
            uow.commit()
    return changed


def _recompute_tiers(uow: LoyaltyUnitOfWork, clients: list[uuid.UUID], *, now: datetime) -> int:
    with uow:
        program = uow.programs.get()
        changed = 0
        for client_id in clients:
            before = uow.tiers.get(client_id)
            changed += ledger.recompute_tier(uow, client_id, now, program) != before
        uow.commit()
        return changed


def run_due(uow: LoyaltyUnitOfWork, *, now: datetime, notice_days: int) -> dict:
    """Everything the clock made due at `now`, batch after batch until none is left; each batch one transaction."""
    done = {"expiring_notices": 0, "points_expired": 0}
    while (notified := notify_expiring(uow, now=now, notice_days=notice_days)) > 0:
        done["expiring_notices"] += notified
    while (expired := expire_lots(uow, now=now)) > 0:
        done["points_expired"] += expired
    done["tiers_changed"] = roll_tiers(uow, now=now)
    return done
