"""Membership status and the effect of a freeze on the next payment date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


class FreezeInvalid(Exception):
    pass


def add_months(day: date, months: int) -> date:
    """Same day of month `months` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_payment_after_freeze(next_payment_on: date | None, frozen_from: date, frozen_until: date) -> date | None:
    """A freeze that starts on or before the next payment pushes it back by the freeze's length.

    The frozen days are not paid for: the client gets them back after the freeze. A freeze that
    starts after the next payment leaves that payment where it is.
    """
    if frozen_until < frozen_from:
        raise FreezeInvalid("a freeze must end on or after the day it starts")
    if next_payment_on is None or frozen_from > next_payment_on:
        return next_payment_on
    try:
        return next_payment_on + timedelta(days=(frozen_until - frozen_from).days + 1)
    except OverflowError as error:
        raise FreezeInvalid("the freeze would move the next payment past the end of the calendar") from error


def status_on(today: date, *, cancelled: bool, frozen_from: date | None, frozen_until: date | None) -> str:
    if cancelled:
        return "cancelled"
    if frozen_from is not None and frozen_until is not None and frozen_from <= today <= frozen_until:
        return "frozen"
    return "active"


def end_freeze_early(
    next_payment_on: date | None, frozen_from: date, frozen_until: date, today: date
) -> tuple[date | None, date | None, date | None]:
    """End a freeze today: `(next_payment_on, frozen_from, frozen_until)` afterwards.

    The days not taken are given back: a payment the freeze pushed back comes forward by them.
    A freeze that has not started disappears; one under way ends yesterday. A payment was
    pushed back exactly when it now falls on or after the freeze's first day.
    """
    if today > frozen_until:
        raise FreezeInvalid("the freeze is already over")
    unused = (frozen_until - max(today, frozen_from)).days + 1
    next_payment = next_payment_on
    if next_payment_on is not None and next_payment_on >= frozen_from:
        next_payment = next_payment_on - timedelta(days=unused)
    if today <= frozen_from:
        return next_payment, None, None
    return next_payment, frozen_from, today - timedelta(days=1)
