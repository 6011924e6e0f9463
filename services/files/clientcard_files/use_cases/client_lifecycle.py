"""Files follow their client through merges, undos and erasure."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.models import StoredFile, merge_moves
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_kit import closed_clients, merges


def move_to_survivor(uow: FilesUnitOfWork, event: dict) -> int:
    """`client_merged`: the duplicate's files and photos join the survivor's, its signed consents with them;
    the duplicate takes no more files."""
    moved = merges.apply_merge(uow, event, rows=StoredFile.__table__, moves=merge_moves, row_key="file_id")
    _consents_follow_their_pdfs(uow, event)
    closed_clients.on_merged(uow, event)
    return moved


def move_back(uow: FilesUnitOfWork, event: dict) -> int:
    """`client_merge_undone`: exactly the moved files go back, and the consents signed on them; the
    duplicate takes files again."""
    moved = merges.undo_merge(uow, event, rows=StoredFile.__table__, moves=merge_moves, row_key="file_id")
    _consents_follow_their_pdfs(uow, event)
    closed_clients.on_merge_undone(uow, event)
    return moved


def _consents_follow_their_pdfs(uow: FilesUnitOfWork, event: dict) -> None:
    """A signed consent belongs to whoever holds its PDF (idempotent: a redelivery finds nothing to move)."""
    clients = [uuid.UUID(str(event["client_id"])), uuid.UUID(str(event["source_id"]))]
    with uow:
        uow.consents.follow_their_files(clients)
        uow.commit()


def erase_client(uow: FilesUnitOfWork, store: ObjectStore, event: dict) -> int:
    """`client_erased`: every object and its record go (unfinished direct uploads too), but health records
    (medical files, and signed consents with their PDFs), which are sealed for the event's `clinical_retention_years` and then
    purged by `purge_sealed` (0 years: at its next run).

    Objects are removed before the rows: a failure in between leaves rows whose retry removes
    nothing more, never an object nobody knows about.
    """
    client_id = uuid.UUID(str(event["client_id"]))
    until = retention_end(event["occurred_at"], event["clinical_retention_years"])
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return 0
        consent_files = uow.consents.seal_for_client(client_id, event["occurred_at"])
        sealed_files = uow.files.seal_health_records(client_id, until, also=consent_files)
        unfinished = uow.uploads.delete_for_client(client_id)  # direct uploads started but never completed
        for object_key in uow.files.object_keys_for_client(client_id, keep=sealed_files) + unfinished:
            store.remove(object_key)
        erased = uow.files.delete_for_client(client_id, keep=sealed_files)
        closed_clients.close(uow.session, client_id, closed_clients.ERASED)
        uow.outbox.add("client_data_erased", {"client_id": str(client_id)})
        uow.commit()
        return erased


def retention_end(erased_at: datetime, years: int) -> datetime:
    """When a sealed health record may go: `years` calendar years after the erasure."""
    try:
        return erased_at.replace(year=erased_at.year + years)
    except ValueError:  # 29 February into a year without one
        return erased_at.replace(year=erased_at.year + years, day=28)


def purge_sealed(uow: FilesUnitOfWork, store: ObjectStore, *, now: datetime) -> int:
    """Delete sealed health records whose retention has ended: objects first, then their rows."""
    with uow:
        due = uow.files.sealed_past(now)
        for stored in due:
            for key in (stored.object_key, stored.thumbnail_key, stored.preview_key):
                if key:
                    store.remove(key)
        uow.consents.delete_sealed_for_files([stored.id for stored in due])
        purged = uow.files.delete_ids([stored.id for stored in due])
        uow.commit()
        return purged
