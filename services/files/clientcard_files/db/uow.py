"""The files unit of work."""

from clientcard_files.db.repositories import ConsentRepository, FileRepository, UploadRepository
from clientcard_kit.uow import SqlAlchemyUnitOfWork


class FilesUnitOfWork(SqlAlchemyUnitOfWork):
    files: FileRepository
    consents: ConsentRepository
    uploads: UploadRepository

    def bind_repositories(self, session) -> None:
        self.files = FileRepository(session)
        self.consents = ConsentRepository(session)
        self.uploads = UploadRepository(session)
