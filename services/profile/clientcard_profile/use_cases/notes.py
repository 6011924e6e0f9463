"""Notes on a client: general, treatment, clinical (scope-restricted) and alerts, pinned first."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit import cursors
from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Note
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.notes import CLINICAL_SCOPE, needs_clinical_scope, shows_as_alert
from clientcard_profile.exceptions import ClinicalNoteForbidden, NoteInvalid, NoteNotFound
from clientcard_profile.use_cases.lookup import caller_locations, load_visible_client, may_see, refuse_closed


def _note_id(note_id: str) -> uuid.UUID:
    return parse_id(note_id, what="note", not_found=NoteNotFound)


def clinical_ok(asked: bool, context: CallContext | None) -> bool:
    """Clinical notes only when the call asks for them and the caller's key carries the scope (the
    stricter of the two wins; an internal caller carries every scope)."""
    return bool(asked) and (context is None or context.may(CLINICAL_SCOPE))


def load_visible_note(uow: ProfileUnitOfWork, note_id: str, context: CallContext | None, *, for_update: bool) -> Note:
    """A note that is not deleted and whose client the caller may see. Raises NoteNotFound (either way)."""
    note = uow.notes.get(_note_id(note_id), for_update=for_update)
    if note is None:
        raise NoteNotFound(f"No note {note_id}")
    location_ids = caller_locations(context)
    if location_ids is not None and not may_see(uow, uow.clients.get(note.client_id), location_ids):
        raise NoteNotFound(f"No note {note_id}")
    return note


def _load_note(uow: ProfileUnitOfWork, note_id: str, *, clinical_allowed: bool, context: CallContext | None) -> Note:
    note = load_visible_note(uow, note_id, context, for_update=True)
    if needs_clinical_scope(note.kind) and not clinical_ok(clinical_allowed, context):
        raise ClinicalNoteForbidden("This note is clinical; the notes:clinical scope is needed")
    return note


def list_notes(
    uow: ProfileUnitOfWork,
    client_id: str,
    *,
    include_clinical: bool = False,
    kind: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
    context: CallContext | None = None,
) -> dict:
    """Pinned first, then newest first: `{items, next_cursor}`; clinical notes only with
    `include_clinical` and a caller that may read them.

    Raises ClientNotFound (also for a client the caller may not see), BadCursor (422).
    """
    include_clinical = clinical_ok(include_clinical, context)
    limit = max(1, min(int(limit), 200))
    after = cursors.decode(cursor, bool, datetime.fromisoformat, uuid.UUID)
    with uow:
        client = load_visible_client(uow, client_id, context)
        notes = uow.notes.page(client.id, include_clinical=include_clinical, kind=kind, after=after, limit=limit + 1)
        items = [contracts.note_view(note) for note in notes[:limit]]
        next_cursor = None
        if len(notes) > limit:
            last = notes[limit - 1]
            next_cursor = cursors.encode([last.pinned, last.created_at.isoformat(), str(last.id)])
    return {"items": items, "next_cursor": next_cursor}


def add_note(
    uow: ProfileUnitOfWork,
    client_id: str,
    new_note: dict,
    *,
    context: CallContext | None,
    clinical_allowed: bool = False,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Write a note signed by the caller. Raises ClientNotFound, NoteInvalid, ClinicalNoteForbidden."""
    if needs_clinical_scope(new_note["kind"]) and not clinical_ok(clinical_allowed, context):
        raise ClinicalNoteForbidden("Writing a clinical note needs the notes:clinical scope")
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "add_note", request_hash)
        if replayed is not None:
            return replayed
        client = refuse_closed(load_visible_client(uow, client_id, context))
        note = uow.notes.add(
            Note(
                id=uuid.uuid4(),
                client_id=client.id,
                author_id=context.actor_id if context else None,
                author_name=context.actor_name if context else None,
                **new_note,
            )
        )
        result = contracts.note_view(note)
        uow.idempotency.save(idempotency_key, "add_note", request_hash, result)
        _announce(uow, "note_added", note)
        uow.commit()
    return result


def update_note(
    uow: ProfileUnitOfWork,
    note_id: str,
    note_changes: dict,
    *,
    clinical_allowed: bool = False,
    context: CallContext | None = None,
) -> dict:
    """Change body, kind or pinning. Raises NoteNotFound (also for a note of a client the caller may
    not see), NoteInvalid, ClinicalNoteForbidden."""
    with uow:
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed, context=context)
        if needs_clinical_scope(note_changes.get("kind")) and not clinical_ok(clinical_allowed, context):
            raise ClinicalNoteForbidden("Making a note clinical needs the notes:clinical scope")
        for field, value in note_changes.items():
            setattr(note, field, value)
        uow.flush()
        uow.session.refresh(note)
        result = contracts.note_view(note)
        _announce(uow, "note_changed", note)
        uow.commit()
    return result


def delete_note(
    uow: ProfileUnitOfWork,
    note_id: str,
    *,
    now: datetime,
    clinical_allowed: bool = False,
    context: CallContext | None = None,
) -> None:
    """Soft-delete: the note leaves every list and the card. Raises NoteNotFound, ClinicalNoteForbidden."""
    with uow:
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed, context=context)
        note.deleted_at = now
        _announce(uow, "note_deleted", note)
        uow.commit()


def acknowledge_note(
    uow: ProfileUnitOfWork,
    note_id: str,
    *,
    context: CallContext | None,
    now: datetime,
    staff_name: str | None = None,
    clinical_allowed: bool = False,
) -> dict:
    """A staff member confirms they saw an alert (who, when); acknowledging again keeps the first.

    `staff_name` names the person at a shared desk key; the key's name otherwise.
    Raises NoteNotFound, NoteInvalid (not an alert or pinned note), ClinicalNoteForbidden.
    """
    with uow:
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed, context=context)
        if not shows_as_alert(note.kind, note.pinned):
            raise NoteInvalid("Only alert and pinned notes are acknowledged", errors={"kind": ["not an alert"]})
        if note.acknowledged_at is None:
            note.acknowledged_at = now
            note.acknowledged_by_id = context.actor_id if context else None
            note.acknowledged_by_name = staff_name or (context.actor_name if context else None)
            uow.flush()
            uow.session.refresh(note)
            _announce(uow, "note_acknowledged", note)
        result = contracts.note_view(note)
        uow.commit()
    return result


def _announce(uow: ProfileUnitOfWork, event_type: str, note: Note) -> None:
    """Ids only: the card's alerts and the webhooks learn of the change, no note text leaves profile."""
    uow.outbox.add(
        event_type, {"note_id": str(note.id), "client_id": str(note.client_id), "kind": note.kind, "pinned": note.pinned}
    )
