"""The due work of the clock: expiring notices, expired lots, lapsed gift-card holds, tiers that roll down.

Each function is idempotent and processes what is due at `now`, in batches, so the timer can
run it hourly (or a test can run it after moving the clock) and a crash only delays work.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
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
    """Recompute the tier of every client who has one: spend leaves the rolling window as days pass."""
    with uow:
        program = uow.programs.get()
        changed = 0
        for client_id in uow.tiers.clients_with_a_tier():
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
