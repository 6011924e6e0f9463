"""The profile unit of work: one transaction with the client repository attached."""
from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_profile.db.imports import ImportRepository
from clientcard_profile.db.merges import MergeRepository
from clientcard_profile.db.notes import NoteRepository
from clientcard_profile.db.repositories import (
    AuditRepository,
    ClientLinkRepository,
    ClientRepository,
    CustomFieldRepository,
    LocationRepository,
)
from clientcard_profile.db.visits import VisitRepository


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
