"""The messaging unit of work."""

from clientcard_kit.uow import SqlAlchemyUnitOfWork
from clientcard_messaging.db.repositories import (
    CallRepository,
    CampaignRepository,
    MessageRepository,
    NoticeRepository,
    PreferenceRepository,
    TemplateRepository,
)


class MessagingUnitOfWork(SqlAlchemyUnitOfWork):
    messages: MessageRepository
    preferences: PreferenceRepository
    templates: TemplateRepository
    campaigns: CampaignRepository
    calls: CallRepository
    notices: NoticeRepository

    def bind_repositories(self, session) -> None:
        self.messages = MessageRepository(session)
        self.preferences = PreferenceRepository(session)
        self.templates = TemplateRepository(session)
        self.campaigns = CampaignRepository(session)
        self.calls = CallRepository(session)
        self.notices = NoticeRepository(session)
