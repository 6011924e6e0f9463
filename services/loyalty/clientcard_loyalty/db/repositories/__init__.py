"""Repositories of the loyalty database, a module per aggregate; they never commit."""

from clientcard_loyalty.db.repositories.cards import CardRepository, TransactionRepository
from clientcard_loyalty.db.repositories.imported_parts import ImportedPartRepository
from clientcard_loyalty.db.repositories.points import LotRepository, PaymentRepository
from clientcard_loyalty.db.repositories.reference import LocationRepository, ProgramRepository
from clientcard_loyalty.db.repositories.sales import HoldRepository, InvoiceRepository
from clientcard_loyalty.db.repositories.tiers import TierRepository

__all__ = [
    "ImportedPartRepository",
    "CardRepository",
    "HoldRepository",
    "InvoiceRepository",
    "LocationRepository",
    "LotRepository",
    "PaymentRepository",
    "ProgramRepository",
    "TierRepository",
    "TransactionRepository",
]
