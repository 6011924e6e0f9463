"""What every money use case shares: its context, account look-up and locking, currency checks, views."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from clientcard_billing import contracts
from clientcard_billing.db.models import Account
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain.ledger import Balance
from clientcard_billing.exceptions import BillingInvalid, ClientAccountNotFound, CurrencyMismatch
from clientcard_billing.use_cases.closed_clients import refuse_closed
from clientcard_kit.ids import parse_id


@dataclass(frozen=True)
class BillingContext:
    """Settings, ports to other services, the actor and the time of one call."""

    currency: str
    now: datetime
    tax_rate_percent: Decimal = Decimal("20")
    profile: object = None  # remote.ProfileDirectory
    gift_cards: object = None  # remote.LoyaltyGiftCards
    actor_id: str | None = None
    invoice_due_days: int = 14


def parse_uuid(value, error=ClientAccountNotFound, what: str = "client") -> uuid.UUID:
    """A path id (the kit's rule: not a UUID is the same 404 as an unknown one)."""
    return parse_id(value, what=what, not_found=error)


def require_account(uow: BillingUnitOfWork, client_id: uuid.UUID, ctx: BillingContext) -> Account:
    """The client's account; opened now if profile knows the client and `client_created` is still on its way."""
    account = uow.accounts.for_client(client_id)
    if account is not None:
        return account
    if ctx.profile is None:
        raise ClientAccountNotFound(f"No client {client_id}")
    ctx.profile.get_client(str(client_id))  # raises the 404 when profile does not know the client
    if uow.accounts.open(client_id, ctx.currency):
        uow.outbox.add("account_opened", contracts.account_opened(client_id, ctx.currency))
    return uow.accounts.for_client(client_id)


def lock_accounts(uow: BillingUnitOfWork, client_ids: list[uuid.UUID], *, writable: bool = True) -> dict[uuid.UUID, Account]:
    """Lock the clients' accounts for a write; ClientClosed (409) for an erased or merged-away client
    unless `writable` is False (the merge handlers themselves)."""
    locked = uow.accounts.lock(list(dict.fromkeys(client_ids)))
    missing = [str(c) for c in client_ids if c not in locked]
    if missing:
        raise ClientAccountNotFound(f"No account for client {', '.join(missing)}")
    if writable:
        refuse_closed(uow, list(locked.values()))
    return locked


def check_currency(money: dict, currency: str, *, field: str = "amount") -> None:
    """422 unless the money is in the account's currency."""
    if money["currency"] != currency:
        raise CurrencyMismatch(
            f"The account is in {currency}", errors={field: [f"currency must be {currency}, not {money['currency']}"]}
        )


def amount_in(money: dict, currency: str, *, field: str = "amount", positive: bool = True) -> int:
    """The amount in minor units; 422 unless in the account's currency and positive (non-zero when signed)."""
    check_currency(money, currency, field=field)
    if positive and money["amount"] <= 0:
        raise BillingInvalid("The amount must be positive", errors={field: ["must be greater than 0"]})
    if money["amount"] == 0:
        raise BillingInvalid("The amount must not be zero", errors={field: ["must not be 0"]})
    return money["amount"]


def balance_of(uow: BillingUnitOfWork, account: Account) -> Balance:
    return Balance.from_sums(uow.ledger.sums(account.id))


def announce_balance(uow: BillingUnitOfWork, account: Account, transaction_id) -> Balance:
    """Queue `balance_changed` with the balance as it stands after this transaction."""
    balance = balance_of(uow, account)
    uow.outbox.add(
        "balance_changed", contracts.balance_changed(account.client_id, balance.balance, account.currency, transaction_id)
    )
    return balance


def idempotent_start(uow: BillingUnitOfWork, key: str | None, operation: str, request_hash: str | None) -> dict | None:
    """The first answer given for this key (or None), twins waiting on its lock; 409 for another body."""
    return uow.idempotency.replay(key, operation, request_hash)
