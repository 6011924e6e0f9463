"""The billing sections of the card: balance and totals."""

from __future__ import annotations

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.use_cases.support import balance_of, parse_uuid


def card_section(uow: BillingUnitOfWork, client_id: str, *, currency: str) -> dict:
    """Balance and totals for the card (totals net of refunds, imported past sales included); an unknown
    client has an empty account."""
    client_uuid = parse_uuid(client_id)
    with uow:
        account = uow.accounts.for_client(client_uuid)
        currency = account.currency if account else currency
        if account is None:
            return contracts.card_section_view(None, currency)
        totals = uow.statistics.invoice_totals(client_uuid, None, None)
        imported = uow.imported_sales.totals(client_uuid)["amount"]  # settled before the move
        return contracts.card_section_view(
            balance_of(uow, account),
            currency,
            spent=totals["sales"] - totals["refunded"] + imported,
            paid=uow.statistics.paid(client_uuid, None, None) + imported,
        )
