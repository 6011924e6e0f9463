"""The profile unit of work: one transaction with every repository of the profile attached."""

from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_profile.db.repositories import (
    AuditRepository,
    ClientLinkRepository,
    ClientRepository,
    CustomFieldRepository,
    ImportRepository,
    InvoiceLocationRepository,
    LocationRepository,
    MergeRepository,
    NoteRepository,
    VisitRepository,
)


class ProfileUnitOfWork(SqlAlchemyUnitOfWork):
    clients: ClientRepository
    locations: LocationRepository
    custom_fields: CustomFieldRepository
    links: ClientLinkRepository
    audit: AuditRepository
    notes: NoteRepository
    visits: VisitRepository
    imports: ImportRepository
    merges: MergeRepository
    invoice_locations: InvoiceLocationRepository

    def bind_repositories(self, session) -> None:
        self.clients = ClientRepository(session)
        self.locations = LocationRepository(session)
        self.custom_fields = CustomFieldRepository(session)
        self.links = ClientLinkRepository(session)
        self.audit = AuditRepository(session)
        self.notes = NoteRepository(session)
        self.visits = VisitRepository(session)
        self.imports = ImportRepository(session)
        self.merges = MergeRepository(session)
        self.invoice_locations = InvoiceLocationRepository(session)
