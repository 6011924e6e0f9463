"""The billing unit of work."""

from __future__ import annotations

from clientcard_billing.db.repositories import (
    AccountRepository,
    CardRepository,
    ImportedSaleRepository,
    InvoiceRepository,
    LedgerRepository,
    LocationRepository,
    MoneyMergeRepository,
    OpeningBalanceRepository,
    StatisticsRepository,
)
from clientcard_kit.uow import SqlAlchemyUnitOfWork


class BillingUnitOfWork(SqlAlchemyUnitOfWork):
    accounts: AccountRepository
    ledger: LedgerRepository
    invoices: InvoiceRepository
    cards: CardRepository
    locations: LocationRepository
    merges: MoneyMergeRepository
    statistics: StatisticsRepository
    imported_sales: ImportedSaleRepository  # sales history brought by an import
    opening_balances: OpeningBalanceRepository  # balances brought by an import

    def bind_repositories(self, session) -> None:
        self.accounts = AccountRepository(session)
        self.ledger = LedgerRepository(session)
        self.invoices = InvoiceRepository(session)
        self.cards = CardRepository(session)
        self.locations = LocationRepository(session)
        self.merges = MoneyMergeRepository(session)
        self.statistics = StatisticsRepository(session)
        self.imported_sales = ImportedSaleRepository(session)
        self.opening_balances = OpeningBalanceRepository(session)
