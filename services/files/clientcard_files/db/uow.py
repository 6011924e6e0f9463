"""The files unit of work."""

from clientcard_files.db.repositories import FileRepository
from clientcard_kit.uow import SqlAlchemyUnitOfWork


class FilesUnitOfWork(SqlAlchemyUnitOfWork):
    files: FileRepository

    def bind_repositories(self, session) -> None:
        self.files = FileRepository(session)
