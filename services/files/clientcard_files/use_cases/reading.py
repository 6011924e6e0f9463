"""Reading files: a client's list, before/after pairs, one file's record with a short-lived public link."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_files import contracts
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.exceptions import FileNotFound
from clientcard_kit import cursors
from clientcard_kit.ids import parse_id_or_none


def find_file(uow: FilesUnitOfWork, file_id: str, *, kinds=None):
    """The file (of one of `kinds`, when given). Raises FileNotFound, also for a kind the caller may not see."""
    file_uuid = parse_id_or_none(file_id)
    stored = uow.files.get(file_uuid) if file_uuid else None
    if stored is None or (kinds is not None and stored.kind not in kinds):
        raise FileNotFound(f"No file {file_id}")
    return stored


def _position(row) -> list:
    return [row.created_at.isoformat(), str(row.id)]


def list_files(uow: FilesUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None, kinds=None) -> dict:
    """Newest first; `kinds` limits the list (medical files are left out for callers without the scope)."""
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        rows = uow.files.page_for_client(uuid.UUID(str(client_id)), limit + 1, after, kinds=kinds)
        items, next_cursor = cursors.page(rows, limit, _position)
        return {"items": [contracts.file_view(f) for f in items], "next_cursor": next_cursor}


def photo_pairs(uow: FilesUnitOfWork, client_id: str) -> dict:
    """Before/after pairs side by side, the pair with the newest photo first."""
    with uow:
        pairs: dict[uuid.UUID, list] = {}  # insertion order: the pair with the newest photo first
        for photo in uow.files.pairs_for_client(uuid.UUID(str(client_id))):  # newest first
            pairs.setdefault(photo.pair_id, []).append(photo)
        return {"items": [contracts.photo_pair_view(pair_id, photos) for pair_id, photos in pairs.items()], "next_cursor": None}


def get_file(uow: FilesUnitOfWork, store: ObjectStore, file_id: str, *, kinds=None, link_seconds: int = 300) -> dict:
    """The record with a download link signed for the public S3 endpoint. Raises FileNotFound."""
    with uow:
        stored = find_file(uow, file_id, kinds=kinds)
        return contracts.file_view(stored, store.download_url(stored.object_key, seconds=link_seconds, filename=stored.filename))
