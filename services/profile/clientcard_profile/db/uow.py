"""The profile unit of work: one transaction with the client repository attached."""
from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_profile.db.repositories import ClientRepository


class ProfileUnitOfWork(SqlAlchemyUnitOfWork):
    clients: ClientRepository

    def bind_repositories(self, session) -> None:
        self.clients = ClientRepository(session)
