"""Tiers by spend over a rolling window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class TierRule:
    name: str
    min_spend_minor: int


def window_start(now: datetime, window_days: int) -> datetime:
    return now - timedelta(days=window_days)


def window_passed(rolled_to: datetime, now: datetime, window_days: int) -> tuple[datetime, datetime]:
    """The `[start, end)` of recorded times whose spend the window let go between a roll at `rolled_to` and `now`.

    Only spend recorded in it can change a tier by the passing of time. A clock set back (`now`
    before `rolled_to`) brings that spend back into the window: the same range, the other way.
    """
    start, end = sorted((window_start(rolled_to, window_days), window_start(now, window_days)))
    return start, end


def tier_for_spend(spend_minor: int, rules: list[TierRule]) -> str | None:
    """The highest tier whose threshold the spend reaches; None below every threshold."""
    reached = [rule for rule in rules if spend_minor >= rule.min_spend_minor]
    if not reached:
        return None
    return max(reached, key=lambda rule: rule.min_spend_minor).name


def net_spend(payments: list[tuple[datetime, int, int]], since: datetime) -> int:
    """Sum of (amount - refunded) of the payments recorded at or after `since`."""
    return sum(max(amount - refunded, 0) for recorded_at, amount, refunded in payments if recorded_at >= since)
