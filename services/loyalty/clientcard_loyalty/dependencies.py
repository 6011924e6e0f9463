"""Dependency providers of the loyalty service."""

from clientcard_kit.providers import UnitOfWorkProvider
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.settings import Settings


def loyalty_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(LoyaltyUnitOfWork, url=lambda: Settings.from_env().database_url)
