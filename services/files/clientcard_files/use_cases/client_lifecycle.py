"""Files follow their client through merges, undos and erasure."""

from __future__ import annotations

import uuid

from clientcard_files.db.models import StoredFile, merge_moves
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.object_store import ObjectStore
from clientcard_kit import merges


def move_to_survivor(uow: FilesUnitOfWork, event: dict) -> int:
    """`client_merged`: the duplicate's files and photos join the survivor's."""
    return merges.apply_merge(uow, event, rows=StoredFile.__table__, moves=merge_moves, row_key="file_id")


def move_back(uow: FilesUnitOfWork, event: dict) -> int:
    """`client_merge_undone`: exactly the moved files go back."""
    return merges.undo_merge(uow, event, rows=StoredFile.__table__, moves=merge_moves, row_key="file_id")


def erase_client(uow: FilesUnitOfWork, store: ObjectStore, event: dict) -> int:
    """`client_erased`: every object and its record go.

    Objects are removed before the rows: a failure in between leaves rows whose retry removes
    nothing more, never an object nobody knows about.
    """
    client_id = uuid.UUID(str(event["client_id"]))
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return 0
        for object_key in uow.files.object_keys_for_client(client_id):
            store.remove(object_key)
        erased = uow.files.delete_for_client(client_id)
        uow.commit()
        return erased
