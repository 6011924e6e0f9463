"""The billing unit of work."""

from __future__ import annotations

from clientcard_billing.db.repositories import (
    AccountRepository,
    CardRepository,
    InvoiceRepository,
    LedgerRepository,
    LocationRepository,
    MergeRepository,
    StatisticsRepository,
)
from clientcard_kit.uow import SqlAlchemyUnitOfWork


class BillingUnitOfWork(SqlAlchemyUnitOfWork):
    accounts: AccountRepository
    ledger: LedgerRepository
    invoices: InvoiceRepository
    cards: CardRepository
    locations: LocationRepository
    merges: MergeRepository
    statistics: StatisticsRepository

    def bind_repositories(self, session) -> None:
        self.accounts = AccountRepository(session)
        self.ledger = LedgerRepository(session)
        self.invoices = InvoiceRepository(session)
        self.cards = CardRepository(session)
        self.locations = LocationRepository(session)
        self.merges = MergeRepository(session)
        self.statistics = StatisticsRepository(session)
