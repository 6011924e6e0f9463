"""Uploads and downloads streamed through the service's own HTTP endpoint, by ticket.

The gateway asks for a ticket by RPC (after its access checks), then streams the bytes to or from
the endpoint: no file travels whole in an RPC message, and no side holds it whole in memory.
"""

from __future__ import annotations

from collections.abc import Iterable

from clientcard_files import contracts
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.domain import tickets
from clientcard_files.exceptions import FileNotFound, StreamTicketInvalid
from clientcard_files.settings import Settings
from clientcard_files.use_cases import storing
from clientcard_files.use_cases.reading import find_file

TICKET_SECONDS = 60
VARIANTS = ("original", "thumbnail", "preview")


def open_upload(
    uow: FilesUnitOfWork, settings: Settings, base_url: str, client_id: str, meta: dict, *, uploaded_by, now: float
) -> dict:
    """A ticket to stream one file's bytes to `PUT {url}`. Raises FileRejected for a bad kind or name, ClientClosed
    (409) for an erased or merged-away client."""
    meta = storing.check_meta(meta)
    storing.refuse_closed(uow, client_id)
    claims = {"action": "upload", "client_id": str(client_id), "meta": meta, "uploaded_by": uploaded_by}
    ticket = tickets.issue(settings.stream_secret, claims, now=now, seconds=TICKET_SECONDS)
    return {"url": f"{base_url}/uploads", "ticket": ticket, "max_bytes": settings.max_bytes}


def receive_upload(
    uow: FilesUnitOfWork, store: ObjectStore, settings: Settings, ticket: str, chunks: Iterable[bytes], *, now: float
) -> dict:
    """Store the streamed bytes a ticket allows. Raises StreamTicketInvalid, FileRejected, FileTooLarge, FileUnsupported."""
    claims = _claims(settings, ticket, "upload", now)
    spooled = storing.spool(chunks, settings.max_bytes)
    return storing.ingest(
        uow, store, claims["client_id"], claims["meta"], spooled, uploaded_by=claims["uploaded_by"], max_bytes=settings.max_bytes
    )


def open_download(uow: FilesUnitOfWork, settings: Settings, base_url: str, file_id: str, variant: str, *, now: float) -> dict:
    """A ticket to stream a file (or its `thumbnail` or `preview`) from `GET {url}`. Raises FileNotFound."""
    with uow:
        stored = find_file(uow, file_id)
        key = {"original": stored.object_key, "thumbnail": stored.thumbnail_key, "preview": stored.preview_key}.get(variant)
        if key is None:
            raise FileNotFound(f"File {file_id} has no {variant}")
        ticket = tickets.issue(settings.stream_secret, {"action": "download", "key": key}, now=now, seconds=TICKET_SECONDS)
        return contracts.download_ticket_view(stored, variant, url=f"{base_url}/downloads", ticket=ticket)


def download(store: ObjectStore, settings: Settings, ticket: str, *, now: float):
    """The chunks of the object a ticket names. Raises StreamTicketInvalid, FileNotFound."""
    return store.chunks(_claims(settings, ticket, "download", now)["key"])


def _claims(settings: Settings, ticket: str, action: str, now: float) -> dict:
    try:
        return tickets.read(settings.stream_secret, ticket, now=now, action=action)
    except tickets.BadTicket as error:
        raise StreamTicketInvalid(f"The ticket is {error}") from error
