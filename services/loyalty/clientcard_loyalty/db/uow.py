"""The loyalty unit of work."""
from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_loyalty.db.repositories import CardRepository


class LoyaltyUnitOfWork(SqlAlchemyUnitOfWork):
    cards: CardRepository

    def bind_repositories(self, session) -> None:
        self.cards = CardRepository(session)
