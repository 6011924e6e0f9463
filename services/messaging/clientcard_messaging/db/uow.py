"""The messaging unit of work."""
from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_messaging.db.repositories import MessageRepository


class MessagingUnitOfWork(SqlAlchemyUnitOfWork):
    messages: MessageRepository

    def bind_repositories(self, session) -> None:
        self.messages = MessageRepository(session)
