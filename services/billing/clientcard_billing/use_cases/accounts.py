"""Opening accounts, and the billing sections of the card."""
from __future__ import annotations

import uuid

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork


def open_account_for_new_client(uow: BillingUnitOfWork, event: dict, *, currency: str) -> None:
    """Open the new client's account, once, however often `client_created` is delivered."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="open_account_for_new_client"):
            return
        if uow.accounts.open(event["client_id"], currency):
            uow.outbox.add("account_opened", contracts.account_opened(event["client_id"], currency))
        uow.commit()


def card_section(uow: BillingUnitOfWork, client_id: str, *, currency: str) -> dict:
    """Balance and totals for the card; an unknown client has an empty account."""
    with uow:
        account = uow.accounts.for_client(uuid.UUID(str(client_id)))
        currency = account.currency if account else currency
        zero = contracts.money(0, currency)
        return {
            "balance": {"balance": zero, "credit": zero, "outstanding": zero, "account_open": account is not None},
            "summary": {"total_spent": zero, "total_paid": zero},
        }
