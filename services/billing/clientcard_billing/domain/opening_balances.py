"""An imported opening balance as ledger entries, and decimal amounts in a currency's minor units.

Positive: prepaid credit the client holds; negative: what the client owes. Either way the other
side is the `opening_balance_equity` account, so the books stay zero-sum.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from clientcard_billing.domain.ledger import CLIENT_CREDIT, CLIENT_RECEIVABLE, Entry, assert_balanced

OPENING_BALANCE_EQUITY = "opening_balance_equity"
# ISO 4217 currencies whose minor unit is not a hundredth
EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3}
MAX_MINOR = 10**13


def to_minor(amount: str, currency: str) -> int:
    """`"12.50"` GBP -> 1250; ValueError for more decimal places than the currency has, or absurd sizes."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation as error:
        raise ValueError("not a decimal amount") from error
    exponent = EXPONENTS.get(currency, 2)
    minor = value.scaleb(exponent)
    if not minor.is_finite() or minor != minor.to_integral_value():
        raise ValueError(f"{currency} amounts have at most {exponent} decimal places")
    if abs(minor) >= MAX_MINOR:
        raise ValueError("too large")
    return int(minor)


def opening_balance(account_id, amount: int, currency: str) -> list[Entry]:
    """The client's side (credit when positive, receivable when negative) against equity."""
    client_side = CLIENT_CREDIT if amount > 0 else CLIENT_RECEIVABLE
    return assert_balanced([Entry(client_side, amount, currency, account_id), Entry(OPENING_BALANCE_EQUITY, -amount, currency)])
