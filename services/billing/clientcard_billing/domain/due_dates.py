"""When an invoice falls due, and when it is overdue (pure).

An invoice is due `payment_days` after the day it was issued unless it names its own date; it is overdue
from the day after its due date while something is still owed on it (open or partially paid).
"""

from __future__ import annotations

from datetime import date, timedelta

OWING_STATUSES = ("open", "partially_paid")


def due_date(issued_on: date, payment_days: int, requested: date | None = None) -> date:
    return requested if requested is not None else issued_on + timedelta(days=payment_days)
