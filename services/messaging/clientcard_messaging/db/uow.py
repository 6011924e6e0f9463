"""The messaging unit of work."""

from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_messaging.db.repositories import MessageRepository, PreferenceRepository, TemplateRepository


class MessagingUnitOfWork(SqlAlchemyUnitOfWork):
    messages: MessageRepository
    preferences: PreferenceRepository
    templates: TemplateRepository

    def bind_repositories(self, session) -> None:
        self.messages = MessageRepository(session)
        self.preferences = PreferenceRepository(session)
        self.templates = TemplateRepository(session)
