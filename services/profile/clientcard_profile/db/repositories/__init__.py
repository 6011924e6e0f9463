"""Repositories of the profile database; they never commit (the unit of work does).

`access` and `search` hold query helpers of the clients table rather than repository classes."""

from clientcard_profile.db.repositories.clients import AuditRepository, ClientLinkRepository, ClientRepository
from clientcard_profile.db.repositories.imports import ImportRepository
from clientcard_profile.db.repositories.invoice_locations import InvoiceLocationRepository
from clientcard_profile.db.repositories.merges import MergeRepository
from clientcard_profile.db.repositories.notes import NoteRepository
from clientcard_profile.db.repositories.reference import CustomFieldRepository, LocationRepository
from clientcard_profile.db.repositories.visits import VisitRepository

__all__ = [
    "AuditRepository",
    "ClientLinkRepository",
    "ClientRepository",
    "CustomFieldRepository",
    "ImportRepository",
    "InvoiceLocationRepository",
    "LocationRepository",
    "MergeRepository",
    "NoteRepository",
    "VisitRepository",
]
