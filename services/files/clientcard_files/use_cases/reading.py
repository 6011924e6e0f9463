"""Reading files: a client's list, one file's record with a short-lived link, its bytes."""

from __future__ import annotations

import base64
import uuid
from datetime import datetime

from clientcard_files import contracts
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.exceptions import FileNotFound, FileRejected
from clientcard_files.object_store import ObjectStore
from clientcard_kit import cursors


def find_file(uow: FilesUnitOfWork, file_id: str):
    try:
        stored = uow.files.get(uuid.UUID(str(file_id)))
    except ValueError:
        stored = None
    if stored is None:
        raise FileNotFound(f"No file {file_id}")
    return stored


def _position(row) -> list:
    return [row.created_at.isoformat(), str(row.id)]


def list_files(uow: FilesUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None, kinds=None) -> dict:
    """Newest first; `kinds` limits the list (medical files are left out for callers without the scope)."""
    try:
        after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    except cursors.BadCursor as error:
        raise FileRejected("The cursor is not one we gave", errors={"cursor": ["Invalid cursor."]}) from error
    with uow:
        rows = uow.files.page_for_client(uuid.UUID(str(client_id)), limit + 1, after, kinds=kinds)
        items, next_cursor = cursors.page(rows, limit, _position)
        return {"items": [contracts.file_view(f) for f in items], "next_cursor": next_cursor}


def get_file(uow: FilesUnitOfWork, store: ObjectStore, file_id: str) -> dict:
    """The record with a download link valid for five minutes. Raises FileNotFound."""
    with uow:
        stored = find_file(uow, file_id)
        return contracts.file_view(stored, store.download_url(stored.object_key))


def file_content(uow: FilesUnitOfWork, store: ObjectStore, file_id: str, *, thumbnail: bool = False) -> dict:
    """The bytes (base64) and content type of a file or of its thumbnail. Raises FileNotFound."""
    with uow:
        stored = find_file(uow, file_id)
        if thumbnail and stored.thumbnail_key is None:
            raise FileNotFound(f"File {file_id} has no thumbnail")
        key, content_type = (stored.thumbnail_key, "image/jpeg") if thumbnail else (stored.object_key, stored.content_type)
        return {
            "filename": stored.filename,
            "kind": stored.kind,
            "content_type": content_type,
            "content_base64": base64.b64encode(store.get(key)).decode(),
        }

