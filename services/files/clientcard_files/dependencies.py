"""Dependency providers of the files service."""

from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.settings import Settings
from clientcard_kit.providers import UnitOfWorkProvider


def files_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(FilesUnitOfWork, url=lambda: Settings.from_env().database_url)
