"""Gift-card holds: a reservation of value that billing confirms or releases."""

from __future__ import annotations

from datetime import date, datetime, timedelta

HOLD_TTL = timedelta(minutes=15)


class GiftCardRefused(Exception):
    pass


def check_redeemable(
    *, remaining: int, currency: str, expires_on: date | None, status: str, amount: int, amount_currency: str, today: date
) -> None:
    """Raises GiftCardRefused with the reason a hold of `amount` cannot be taken."""
    if amount <= 0:
        raise GiftCardRefused("the amount must be positive")
    if status == "pending_payment":
        raise GiftCardRefused("the gift card is not paid for yet")
    if status != "active":
        raise GiftCardRefused("the gift card is no longer active")
    if expires_on is not None and expires_on < today:
        raise GiftCardRefused(f"the gift card expired on {expires_on.isoformat()}")
    if amount_currency != currency:
        raise GiftCardRefused(f"the gift card is in {currency}, not {amount_currency}")
    if amount > remaining:
        raise GiftCardRefused(f"the gift card holds {remaining}, {amount} was asked")


def is_stale(created_at: datetime, now: datetime) -> bool:
    """An unconfirmed hold older than the TTL is released so the value is not locked forever."""
    return now - created_at >= HOLD_TTL
