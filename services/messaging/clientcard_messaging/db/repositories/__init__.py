"""Repositories of the messaging database; they never commit."""

from clientcard_messaging.db.repositories.calls import CallRepository
from clientcard_messaging.db.repositories.campaigns import CampaignRepository
from clientcard_messaging.db.repositories.messages import MessageRepository
from clientcard_messaging.db.repositories.notices import NoticeRepository
from clientcard_messaging.db.repositories.preferences import PreferenceRepository
from clientcard_messaging.db.repositories.templates import TemplateRepository

__all__ = [
    "CallRepository",
    "CampaignRepository",
    "MessageRepository",
    "NoticeRepository",
    "PreferenceRepository",
    "TemplateRepository",
]
