"""The loyalty unit of work."""

from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_loyalty.db import repositories as r


class LoyaltyUnitOfWork(SqlAlchemyUnitOfWork):
    programs: r.ProgramRepository
    locations: r.LocationRepository
    cards: r.CardRepository
    lots: r.LotRepository
    transactions: r.TransactionRepository
    payments: r.PaymentRepository
    holds: r.HoldRepository
    invoices: r.InvoiceRepository
    tiers: r.TierRepository
    imported_parts: r.ImportedPartRepository  # points, cards and packs brought by an import

    def bind_repositories(self, session) -> None:
        self.programs = r.ProgramRepository(session)
        self.locations = r.LocationRepository(session)
        self.cards = r.CardRepository(session)
        self.lots = r.LotRepository(session)
        self.transactions = r.TransactionRepository(session)
        self.payments = r.PaymentRepository(session)
        self.holds = r.HoldRepository(session)
        self.invoices = r.InvoiceRepository(session)
        self.tiers = r.TierRepository(session)
        self.imported_parts = r.ImportedPartRepository(session)
