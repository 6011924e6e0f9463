"""Dependency providers of the messaging service."""

from clientcard_kit.providers import UnitOfWorkProvider
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.settings import Settings


def messaging_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(MessagingUnitOfWork, url=lambda: Settings.from_env().database_url)
