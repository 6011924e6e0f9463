"""The billing sections of the card: balance and totals."""

from __future__ import annotations

from clientcard_billing import contracts
from clientcard_billing.db.repositories.imported_sales import ImportedSaleRepository
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.use_cases.support import balance_of, parse_uuid


def card_section(uow: BillingUnitOfWork, client_id: str, *, currency: str) -> dict:
    """Balance and totals for the card (totals net of refunds, imported past sales included); an unknown
    client has an empty account."""
    client_uuid = parse_uuid(client_id)
    with uow:
        account = uow.accounts.for_client(client_uuid)
        currency = account.currency if account else currency
        zero = contracts.money(0, currency)
        if account is None:
            return {
                "balance": {"balance": zero, "credit": zero, "outstanding": zero, "account_open": False},
                "summary": {"total_spent": zero, "total_paid": zero},
            }
        totals = uow.statistics.invoice_totals(client_uuid, None, None)
        imported = ImportedSaleRepository(uow.session).totals(client_uuid)["amount"]  # settled before the move
        return {
            "balance": {**contracts.balance_view(balance_of(uow, account), currency), "account_open": True},
            "summary": {
                "total_spent": contracts.money(totals["sales"] - totals["refunded"] + imported, currency),
                "total_paid": contracts.money(uow.statistics.paid(client_uuid, None, None) + imported, currency),
            },
        }
