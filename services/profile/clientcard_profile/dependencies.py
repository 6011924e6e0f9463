"""Dependency providers of the profile service."""

from clientcard_kit.providers import UnitOfWorkProvider
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.settings import Settings


def profile_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(ProfileUnitOfWork, url=lambda: Settings.from_env().database_url)
