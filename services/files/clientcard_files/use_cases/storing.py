"""Storing a file: spooled to disk while hashed and counted, checked by what its bytes are, personal
EXIF stripped from photos, previews made, put in the object store; a failure leaves no object and no row."""

from __future__ import annotations

import base64
import binascii
import hashlib
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from clientcard_files import contracts
from clientcard_files.adapters import images
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.models import StoredFile
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.domain import content
from clientcard_files.exceptions import FileRejected, FileTooLarge
from clientcard_kit import closed_clients

SPOOL_IN_MEMORY = 1024 * 1024  # above this a file waits on disk, so memory stays flat whatever its size


@dataclass
class Spooled:
    file: tempfile.SpooledTemporaryFile
    size: int
    sha256: str

    def head(self) -> bytes:
        self.file.seek(0)
        head = self.file.read(content.HEAD_BYTES)
        self.file.seek(0)
        return head


def spool(chunks: Iterable[bytes], max_bytes: int) -> Spooled:
    """The bytes in a temporary file with their size and sha256. Raises FileTooLarge past `max_bytes`."""
    # the file outlives this function: the caller streams it to the object store, then closes it
    target, digest, size = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY), hashlib.sha256(), 0  # noqa: SIM115
    for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            target.close()
            raise FileTooLarge(f"The file is over {max_bytes} bytes", errors={"file": [f"Over {max_bytes} bytes."]})
        digest.update(chunk)
        target.write(chunk)
    target.seek(0)
    return Spooled(target, size, digest.hexdigest())


def check_meta(meta: dict) -> dict:
    """What can be refused before the bytes arrive (raises FileRejected); a `before` or `after`
    photo without a pair starts a new pair."""
    errors = content.kind_problems(meta.get("kind", ""), meta.get("filename") or "", meta.get("pair_id"), meta.get("stage"))
    if errors:
        raise FileRejected("The file cannot be stored", errors=errors)
    if meta.get("stage") and not meta.get("pair_id"):
        return {**meta, "pair_id": str(uuid.uuid4())}
    return meta


def store_file(
    uow: FilesUnitOfWork, store: ObjectStore, client_id: str, upload: dict, *, uploaded_by=None, max_bytes: int
) -> dict:
    """Store a small upload given as base64 (`upload`: filename, kind, caption, content_base64, pair_id,
    stage, visit_id). Raises FileRejected (422), FileTooLarge (413), FileUnsupported (415), ClientClosed (409)."""
    upload = check_meta(upload)
    refuse_closed(uow, client_id)
    try:
        data = base64.b64decode(upload["content_base64"], validate=True)
    except (KeyError, binascii.Error) as error:
        raise FileRejected("The file content is not valid base64", errors={"file": ["Unreadable content."]}) from error
    return ingest(uow, store, client_id, upload, spool([data], max_bytes), uploaded_by=uploaded_by, max_bytes=max_bytes)


def refuse_closed(uow: FilesUnitOfWork, client_id) -> None:
    """Raise ClientClosed (409) for an erased or merged-away client, before any byte is stored."""
    with uow:
        closed_clients.refuse_closed(uow.session, client_id)


def ingest(
    uow,
    store: ObjectStore,
    client_id: str,
    meta: dict,
    spooled: Spooled,
    *,
    uploaded_by=None,
    max_bytes: int,
    file_id: uuid.UUID | None = None,
    object_key: str | None = None,
    already_stored: bool = False,
) -> dict:
    """Check, clean and record spooled bytes, and announce `file_stored`.

    `already_stored`: the bytes are in the store under `object_key` (a direct upload); they are
    replaced when their EXIF is stripped and removed when the file is refused (also with ClientClosed)."""
    file_id, client = file_id or uuid.uuid4(), uuid.UUID(str(client_id))
    object_key = object_key or f"clients/{client}/{file_id}"
    written: list[str] = [object_key] if already_stored else []
    try:
        with spooled.file:
            content_type = content.sniff(spooled.head())
            errors = content.problems(
                meta.get("kind", ""), content_type, spooled.size, filename=meta.get("filename") or "", max_bytes=max_bytes
            )
            if errors:
                raise FileRejected("The file cannot be stored", errors=errors)
            size, sha256, made = spooled.size, spooled.sha256, {}
            if content_type in content.IMAGES:
                image = images.open_image(spooled.file, content_type)
                if images.has_personal_exif(image):
                    cleaned = images.without_exif(image, content_type)
                    size, sha256 = len(cleaned), hashlib.sha256(cleaned).hexdigest()
                    store.put(object_key, cleaned, content_type)
                    written = [object_key]
                elif not already_stored:
                    spooled.file.seek(0)
                    store.put_file(object_key, spooled.file, spooled.size, content_type)
                    written = [object_key]
                made = images.previews(image)
            elif not already_stored:
                store.put_file(object_key, spooled.file, spooled.size, content_type)
                written = [object_key]
        keys = {name: f"{object_key}/{name}.jpg" for name in made}
        for name, key in keys.items():
            store.put(key, made[name], "image/jpeg")
            written.append(key)
        with uow:
            closed_clients.refuse_closed(uow.session, client)  # here too: the client may have closed meanwhile
            stored = uow.files.add(
                StoredFile(
                    id=file_id,
                    client_id=client,
                    kind=meta["kind"],
                    filename=(meta.get("filename") or "upload")[:255],
                    content_type=content_type,
                    size=size,
                    sha256=sha256,
                    object_key=object_key,
                    thumbnail_key=keys.get("thumbnail"),
                    preview_key=keys.get("preview"),
                    caption=meta.get("caption"),
                    uploaded_by=uploaded_by,
                    pair_id=_uuid(meta.get("pair_id")),
                    stage=meta.get("stage"),
                    visit_id=_uuid(meta.get("visit_id")),
                )
            )
            uow.session.refresh(stored)
            uow.outbox.add("file_stored", {"file_id": str(file_id), "client_id": str(client), "kind": stored.kind})
            result = contracts.file_view(stored)
            uow.commit()
        return result
    except BaseException:
        for key in written:  # a refused or failed file leaves nothing behind in the store
            store.remove(key)
        raise


def _uuid(value):
    return uuid.UUID(str(value)) if value else None
