"""Double-entry postings for every money movement, as pure data.

Sign convention: an entry's amount is positive when it credits the account. So a client's
`client_credit` entries sum to the prepaid credit held for them, their `client_receivable`
entries sum to minus what they owe, and the client's balance is the sum of all their entries.
Every builder returns entries that sum to zero, which the database proves again at commit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

CLIENT_CREDIT = "client_credit"
CLIENT_RECEIVABLE = "client_receivable"
REVENUE = "revenue"
SALES_RETURNS = "sales_returns"
ADJUSTMENTS = "adjustments"
GIFT_CARD_CLEARING = "gift_card_clearing"
CLIENT_ACCOUNTS = (CLIENT_CREDIT, CLIENT_RECEIVABLE)

# where money that arrives (or leaves) by each method is held
CLEARING = {"cash": "cash", "card": "card_clearing", "bank_transfer": "bank_clearing", "gift_card": GIFT_CARD_CLEARING}


class UnbalancedTransaction(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    account: str
    amount_minor: int
    currency: str
    account_id: object = None  # the client's account, for client_credit / client_receivable

    def __post_init__(self):
        if (self.account in CLIENT_ACCOUNTS) != (self.account_id is not None):
            raise ValueError(f"{self.account} entries name a client account exactly when they are client accounts")


def assert_balanced(entries: list[Entry]) -> list[Entry]:
    """The entries, without zero amounts; UnbalancedTransaction unless they sum to zero per currency."""
    totals: dict[str, int] = defaultdict(int)
    for entry in entries:
        totals[entry.currency] += entry.amount_minor
    if any(totals.values()):
        raise UnbalancedTransaction(f"entries sum to {dict(totals)}")
    return [entry for entry in entries if entry.amount_minor != 0]


def top_up(account_id, amount: int, currency: str, method: str) -> list[Entry]:
    return assert_balanced([Entry(CLIENT_CREDIT, amount, currency, account_id), Entry(CLEARING[method], -amount, currency)])


def adjustment(account_id, amount: int, currency: str) -> list[Entry]:
    """Signed: positive gives the client credit, negative takes it."""
    return assert_balanced([Entry(CLIENT_CREDIT, amount, currency, account_id), Entry(ADJUSTMENTS, -amount, currency)])


def transfer(from_account_id, to_account_id, amount: int, currency: str) -> list[Entry]:
    return assert_balanced(
        [Entry(CLIENT_CREDIT, -amount, currency, from_account_id), Entry(CLIENT_CREDIT, amount, currency, to_account_id)]
    )


def invoice_issued(account_id, total: int, currency: str) -> list[Entry]:
    return assert_balanced([Entry(CLIENT_RECEIVABLE, -total, currency, account_id), Entry(REVENUE, total, currency)])


def invoice_voided(account_id, due: int, currency: str) -> list[Entry]:
    return assert_balanced([Entry(CLIENT_RECEIVABLE, due, currency, account_id), Entry(REVENUE, -due, currency)])


def payment(account_id, payer_account_id, amount: int, currency: str, method: str) -> list[Entry]:
    """The invoice's receivable is settled from the payer's credit or from money received."""
    source = (
        Entry(CLIENT_CREDIT, -amount, currency, payer_account_id)
        if method == "account_balance"
        else Entry(CLEARING[method], -amount, currency)
    )
    return assert_balanced([Entry(CLIENT_RECEIVABLE, amount, currency, account_id), source])


def refund(amount: int, currency: str, *, method: str, to_account_id=None) -> list[Entry]:
    """Money goes back to a client's credit (`to_account_id`) or out through the payment's method."""
    destination = (
        Entry(CLIENT_CREDIT, amount, currency, to_account_id)
        if to_account_id is not None
        else Entry(CLEARING[method], amount, currency)
    )
    return assert_balanced([Entry(SALES_RETURNS, -amount, currency), destination])


def reversal(entries: list[Entry]) -> list[Entry]:
    """The entries that undo these: every amount negated."""
    return assert_balanced([Entry(e.account, -e.amount_minor, e.currency, e.account_id) for e in entries])


def move_balances(sums: dict[str, int], from_account_id, to_account_id, currency: str) -> list[Entry]:
    """Move what each client account of one client holds to another client (a merge)."""
    entries = []
    for account, total in sums.items():
        if total:
            entries += [Entry(account, -total, currency, from_account_id), Entry(account, total, currency, to_account_id)]
    return assert_balanced(entries)


@dataclass(frozen=True)
class Balance:
    credit: int
    outstanding: int

    @property
    def balance(self) -> int:
        return self.credit - self.outstanding

    @classmethod
    def from_sums(cls, sums: dict[str, int]) -> Balance:
        return cls(credit=sums.get(CLIENT_CREDIT, 0), outstanding=-sums.get(CLIENT_RECEIVABLE, 0))
