"""Which payments earn points and count towards tiers.

- gift_card: no points and no tier spend. The buyer's payment for the gift card already
  earned them (and counted as spend); crediting the redemption again would pay twice for
  the same money.
- account_balance: earns and counts. Top-ups are not payments (billing sends no
  `payment_recorded` for them), so spending the balance is the moment the client buys.
- every other method (cash, card, bank_transfer, ...) earns and counts.
A location the program excludes earns nothing and counts nothing.
"""

from __future__ import annotations

NON_EARNING_METHODS = frozenset({"gift_card"})


def earns(method: str, location_id: str | None, excluded_location_ids: set[str]) -> bool:
    if method in NON_EARNING_METHODS:
        return False
    return location_id is None or str(location_id) not in excluded_location_ids
