"""What a gateway asks before it lets a location-limited key reach a resource: where a client is
linked to, and which client a note, visit or merge belongs to. Each answer applies the caller's
own visibility too: a hidden resource is not found."""

from __future__ import annotations

from clientcard_kit.providers import CallContext
from clientcard_profile.db.repositories.access import locations_of
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.use_cases.lookup import load_visible_client
from clientcard_profile.use_cases.merges import load_visible_merge
from clientcard_profile.use_cases.notes import load_visible_note
from clientcard_profile.use_cases.visits import load_visible_visit


def get_client_access(uow: ProfileUnitOfWork, client_id: str, context: CallContext | None = None) -> dict:
    """`{client_id, home_location_id, location_ids, status}`: every location the client is linked to
    (home, visits, invoices). Raises ClientNotFound (unknown, or hidden from the caller)."""
    with uow:
        client = load_visible_client(uow, client_id, context)
        return {
            "client_id": str(client.id),
            "home_location_id": str(client.home_location_id) if client.home_location_id else None,
            "location_ids": [str(x) for x in locations_of(uow.session, client.id)],
            "status": client.status,
        }


def get_note_owner(uow: ProfileUnitOfWork, note_id: str, context: CallContext | None = None) -> dict:
    """`{client_id}` of a note. Raises NoteNotFound (unknown, deleted, or its client hidden from the caller)."""
    with uow:
        return {"client_id": str(load_visible_note(uow, note_id, context, for_update=False).client_id)}


def get_visit_owner(uow: ProfileUnitOfWork, visit_id: str, context: CallContext | None = None) -> dict:
    """`{client_id}` of a visit. Raises VisitNotFound (unknown, or its client hidden from the caller)."""
    with uow:
        return {"client_id": str(load_visible_visit(uow, visit_id, context, for_update=False).client_id)}


def get_merge_owner(uow: ProfileUnitOfWork, merge_id: str, context: CallContext | None = None) -> dict:
    """`{client_id, source_id}` of a merge (the survivor and the duplicate). Raises MergeNotFound
    (unknown, or its survivor hidden from the caller)."""
    with uow:
        merge = load_visible_merge(uow, merge_id, context, for_update=False)
        return {"client_id": str(merge.client_id), "source_id": str(merge.source_id)}
