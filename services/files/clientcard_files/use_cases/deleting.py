"""Deleting a file: its objects and its record."""
from __future__ import annotations

from clientcard_files import contracts
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.object_store import ObjectStore
from clientcard_files.use_cases.reading import find_file


def delete_file(uow: FilesUnitOfWork, store: ObjectStore, file_id: str) -> dict:
    """Remove a file and its objects; announces `file_deleted`. Raises FileNotFound."""
    with uow:
        stored = find_file(uow, file_id)
        for key in filter(None, (stored.object_key, stored.thumbnail_key)):
            store.remove(key)
        result = contracts.file_view(stored)
        uow.files.remove(stored)
        uow.outbox.add("file_deleted", {"file_id": result["id"], "client_id": result["client_id"]})
        uow.commit()
        return result
