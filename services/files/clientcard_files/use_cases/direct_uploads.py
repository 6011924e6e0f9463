"""Direct uploads: the browser posts the bytes to storage by presigned POST, then a completion call
checks size and type, strips personal EXIF and records the file, or removes the object."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from clientcard_files import contracts
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.models import PendingUpload
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.exceptions import FileRejected, FileTooLarge, UploadNotFound
from clientcard_files.settings import Settings
from clientcard_files.use_cases import storing
from clientcard_kit import closed_clients
from clientcard_kit.ids import parse_id_or_none

UPLOAD_MINUTES = 15


def start(
    uow: FilesUnitOfWork, store: ObjectStore, settings: Settings, client_id: str, meta: dict, *, uploaded_by, now: datetime
) -> dict:
    """A presigned POST `{id, url, fields, max_bytes, expires_at}` for one file. Raises FileRejected, ClientClosed (409)."""
    meta = storing.check_meta(meta)
    upload_id, client = uuid.uuid4(), uuid.UUID(str(client_id))
    expires_at = now + timedelta(minutes=UPLOAD_MINUTES)
    object_key = f"clients/{client}/{upload_id}"
    with uow:
        closed_clients.refuse_closed(uow.session, client)
        uow.uploads.add(
            PendingUpload(
                id=upload_id,
                client_id=client,
                kind=meta["kind"],
                filename=(meta.get("filename") or "upload")[:255],
                caption=meta.get("caption"),
                pair_id=storing._uuid(meta.get("pair_id")),
                stage=meta.get("stage"),
                visit_id=storing._uuid(meta.get("visit_id")),
                object_key=object_key,
                uploaded_by=uploaded_by,
                expires_at=expires_at,
            )
        )
        uow.commit()
    form = store.upload_form(object_key, max_bytes=settings.max_bytes, expires_at=expires_at)
    return contracts.upload_form_view(upload_id, client, form, max_bytes=settings.max_bytes, expires_at=expires_at)


def owner(uow: FilesUnitOfWork, upload_id: str) -> dict:
    """`{client_id}` of a pending upload. Raises UploadNotFound."""
    with uow:
        return {"client_id": str(_find(uow, upload_id).client_id)}


def complete(uow: FilesUnitOfWork, store: ObjectStore, settings: Settings, upload_id: str, *, now: datetime) -> dict:
    """Check what arrived and record it as a file (the upload's id becomes the file's). A refused upload
    loses its object and its pending row. Raises UploadNotFound, FileRejected, FileTooLarge, FileUnsupported."""
    with uow:
        pending = _find(uow, upload_id, lock=True)
        meta = {
            "kind": pending.kind,
            "filename": pending.filename,
            "caption": pending.caption,
            "stage": pending.stage,
            "pair_id": pending.pair_id and str(pending.pair_id),
            "visit_id": pending.visit_id and str(pending.visit_id),
        }
        client_id, key, uploaded_by = pending.client_id, pending.object_key, pending.uploaded_by
        expired = pending.expires_at < now
        uow.uploads.remove(pending)  # whatever the outcome, this upload is over
        uow.commit()
    size = store.size(key)
    try:
        if size is None:
            raise FileRejected("Nothing was uploaded", errors={"file": ["No file arrived in storage."]})
        if expired:
            raise FileRejected("The upload expired", errors={"file": ["The upload expired; start another."]})
        if size > settings.max_bytes:
            limit = settings.max_bytes
            raise FileTooLarge(f"The file is over {limit} bytes", errors={"file": [f"Over {limit} bytes."]})
        spooled = storing.spool(store.chunks(key), settings.max_bytes)
    except BaseException:
        if size is not None:
            store.remove(key)
        raise
    return storing.ingest(
        uow,
        store,
        str(client_id),
        meta,
        spooled,
        uploaded_by=uploaded_by,
        max_bytes=settings.max_bytes,
        file_id=uuid.UUID(str(upload_id)),
        object_key=key,
        already_stored=True,
    )


def _find(uow: FilesUnitOfWork, upload_id: str, *, lock: bool = False) -> PendingUpload:
    upload_uuid = parse_id_or_none(upload_id)
    found = uow.uploads.get(upload_uuid, lock=lock) if upload_uuid else None
    if found is None:
        raise UploadNotFound(f"No upload {upload_id}")
    return found
