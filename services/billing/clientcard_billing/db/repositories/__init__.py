"""Repositories of the billing database; they never commit."""

from clientcard_billing.db.repositories.accounts import AccountRepository
from clientcard_billing.db.repositories.imported_sales import ImportedSaleRepository
from clientcard_billing.db.repositories.invoices import InvoiceRepository
from clientcard_billing.db.repositories.ledger import LedgerRepository
from clientcard_billing.db.repositories.opening_balances import OpeningBalanceRepository
from clientcard_billing.db.repositories.reference import CardRepository, LocationRepository, MoneyMergeRepository
from clientcard_billing.db.repositories.statistics import StatisticsRepository

__all__ = [
    "AccountRepository",
    "CardRepository",
    "ImportedSaleRepository",
    "InvoiceRepository",
    "LedgerRepository",
    "LocationRepository",
    "MoneyMergeRepository",
    "OpeningBalanceRepository",
    "StatisticsRepository",
]
