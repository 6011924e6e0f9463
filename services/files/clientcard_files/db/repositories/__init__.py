"""Repositories of the files database; they never commit."""

from clientcard_files.db.repositories.consents import ConsentRepository
from clientcard_files.db.repositories.files import FileRepository
from clientcard_files.db.repositories.uploads import UploadRepository

__all__ = ["ConsentRepository", "FileRepository", "UploadRepository"]
