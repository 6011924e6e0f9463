"""Storing an uploaded file: checked by what its bytes are, hashed, put in the object store."""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid

from clientcard_files import contracts
from clientcard_files.db.models import StoredFile
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.domain import content
from clientcard_files.exceptions import FileRejected
from clientcard_files.object_store import ObjectStore
from clientcard_files.thumbnails import thumbnail


def store_file(uow: FilesUnitOfWork, store: ObjectStore, client_id: str, upload: dict, *, uploaded_by: str | None = None) -> dict:
    """Store one file for a client and announce `file_stored`.

    `upload`: filename, kind, caption, content_base64. The content type is sniffed from the bytes,
    never taken from the uploader. Raises FileRejected (422) for a wrong type, size or encoding.
    """
    try:
        data = base64.b64decode(upload["content_base64"], validate=True)
    except (KeyError, binascii.Error) as error:
        raise FileRejected("The file content is not valid base64", errors={"file": ["Unreadable content."]}) from error
    content_type = content.sniff(data[:4096])
    errors = content.problems(upload.get("kind", ""), content_type, len(data))
    if errors:
        raise FileRejected("The file cannot be stored", errors=errors)
    file_id, client = uuid.uuid4(), uuid.UUID(str(client_id))
    object_key = f"clients/{client}/{file_id}"
    # bytes first: a failed commit leaves an orphan object, never a record without its bytes
    store.put(object_key, data, content_type)
    preview = thumbnail(data) if content_type in content.IMAGES else None
    thumbnail_key = f"{object_key}/thumbnail.jpg" if preview else None
    if preview:
        store.put(thumbnail_key, preview, "image/jpeg")
    with uow:
        stored = uow.files.add(
            StoredFile(
                id=file_id,
                client_id=client,
                kind=upload["kind"],
                filename=(upload.get("filename") or "upload")[:255],
                content_type=content_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                object_key=object_key,
                thumbnail_key=thumbnail_key,
                caption=upload.get("caption"),
                uploaded_by=uploaded_by,
            )
        )
        uow.session.refresh(stored)
        uow.outbox.add("file_stored", {"file_id": str(file_id), "client_id": str(client), "kind": stored.kind})
        result = contracts.file_view(stored)
        uow.commit()
    return result
