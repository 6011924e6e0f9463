"""The loyalty unit of work."""
from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_loyalty.db import repositories as r
from clientcard_loyalty.db import sales_repositories as sales


class LoyaltyUnitOfWork(SqlAlchemyUnitOfWork):
    programs: r.ProgramRepository
    locations: r.LocationRepository
    cards: r.CardRepository
    lots: r.LotRepository
    transactions: r.TransactionRepository
    payments: r.PaymentRepository
    holds: sales.HoldRepository
    invoices: sales.InvoiceRepository
    tiers: r.TierRepository

    def bind_repositories(self, session) -> None:
        self.programs = r.ProgramRepository(session)
        self.locations = r.LocationRepository(session)
        self.cards = r.CardRepository(session)
        self.lots = r.LotRepository(session)
        self.transactions = r.TransactionRepository(session)
        self.payments = r.PaymentRepository(session)
        self.holds = sales.HoldRepository(session)
        self.invoices = sales.InvoiceRepository(session)
        self.tiers = r.TierRepository(session)
