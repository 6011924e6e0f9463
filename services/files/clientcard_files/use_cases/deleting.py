"""Deleting a file: its objects and its record."""

from __future__ import annotations

from clientcard_files import contracts
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.exceptions import FileRejected
from clientcard_files.use_cases.reading import find_file
from clientcard_kit import closed_clients


def delete_file(uow: FilesUnitOfWork, store: ObjectStore, file_id: str) -> dict:
    """Remove a file and its objects; announces `file_deleted`. Raises FileNotFound, ClientClosed (409: what an
    erased client left is a sealed health record)."""
    with uow:
        stored = find_file(uow, file_id)
        closed_clients.refuse_closed(uow.session, stored.client_id)
        if stored.kind == "signed_consent":
            raise FileRejected(
                "A signed consent's PDF is kept with its record; withdraw the consent instead",
                errors={"file_id": ["The PDF of a signed consent."]},
            )
        for key in filter(None, (stored.object_key, stored.thumbnail_key, stored.preview_key)):
            store.remove(key)
        result = contracts.file_view(stored)
        uow.files.remove(stored)
        uow.outbox.add("file_deleted", {"file_id": result["id"], "client_id": result["client_id"]})
        uow.commit()
        return result
