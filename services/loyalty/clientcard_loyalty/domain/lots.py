"""Points kept per earning lot: what a payment earns, which lots a spend takes, what a refund reverses."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MINOR_PER_UNIT = 100


class NotEnoughPoints(Exception):
    """A redemption or write-off asked for more points than the live lots hold."""

    def __init__(self, wanted: int, available: int):
        super().__init__(f"{wanted} points wanted, {available} available")
        self.wanted, self.available = wanted, available


@dataclass(frozen=True)
class Lot:
    id: object
    remaining: int
    expires_on: date
    earned_at: datetime


def points_for_payment(amount_minor: int, points_per_unit: int) -> int:
    """Points for whole units of currency paid: 12.99 at 1 point per unit earns 12."""
    if amount_minor <= 0:
        return 0
    return (amount_minor // MINOR_PER_UNIT) * points_per_unit


def expiry_date(earned_at: datetime, expiry_days: int) -> date:
    """The first day (UTC) on which a lot earned at `earned_at` is no longer spendable.

    Billing's `recorded_at` may carry any offset; the job and `expiring` compare with UTC dates,
    so the date is taken in UTC too (a local evening is already the next UTC day).
    """
    return (earned_at.astimezone(UTC) + timedelta(days=expiry_days)).date()


def live(lots: list[Lot], today: date) -> list[Lot]:
    """Lots with points left that have not reached their expiry date."""
    return [lot for lot in lots if lot.remaining > 0 and lot.expires_on > today]


def spend_order(lots: list[Lot]) -> list[Lot]:
    """Soonest-expiring first; among equals the oldest first, so the order is total and stable."""
    return sorted(lots, key=lambda lot: (lot.expires_on, lot.earned_at, str(lot.id)))


def take(lots: list[Lot], points: int, today: date, *, partial: bool = False) -> list[tuple[object, int]]:
    """Which lots give how many points for a spend of `points`, soonest-expiring first.

    Raises NotEnoughPoints unless the live lots cover it; with `partial` it takes what there is.
    """
    if points < 0:
        raise ValueError("points to take must not be negative")
    candidates = spend_order(live(lots, today))
    available = sum(lot.remaining for lot in candidates)
    if points > available and not partial:
        raise NotEnoughPoints(points, available)
    taken, left = [], points
    for lot in candidates:
        if left == 0:
            break
        amount = min(lot.remaining, left)
        taken.append((lot.id, amount))
        left -= amount
    return taken


def balance(lots: list[Lot], today: date) -> int:
    return sum(lot.remaining for lot in live(lots, today))


def expiring(lots: list[Lot], today: date) -> list[tuple[date, int]]:
    """How many live points expire on which date, soonest first."""
    by_date: dict[date, int] = defaultdict(int)
    for lot in live(lots, today):
        by_date[lot.expires_on] += lot.remaining
    return sorted(by_date.items())


def points_to_reverse(points_earned: int, amount_paid: int, refunded_total: int, reversed_so_far: int) -> int:
    """Points to take back now so that reversals stay proportional to the refunded share.

    Computed on the running totals (not per refund), so several partial refunds never drift
    from the proportion by rounding, and a full refund takes back exactly what was earned.
    The share is rounded down: a partial refund never takes back more than its share.
    """
    if amount_paid <= 0 or points_earned <= 0:
        return 0
    refunded = min(max(refunded_total, 0), amount_paid)
    due = points_earned * refunded // amount_paid
    return max(due - reversed_so_far, 0)
