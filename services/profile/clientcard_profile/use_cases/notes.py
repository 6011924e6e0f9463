"""Notes on a client: general, treatment, clinical (scope-restricted) and alerts, pinned first."""
from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit import cursors
from clientcard_kit.contracts import load
from clientcard_kit.providers import CallContext
from clientcard_profile import activity_contracts as contracts
from clientcard_profile.db.notes import Note
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.notes import needs_clinical_scope, shows_as_alert
from clientcard_profile.exceptions import ClinicalNoteForbidden, NoteInvalid, NoteNotFound
from clientcard_profile.use_cases.lookup import load_client


def _note_id(note_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(note_id))
    except ValueError as error:
        raise NoteNotFound(f"No note {note_id!r}") from error


def _load_note(uow: ProfileUnitOfWork, note_id: str, *, clinical_allowed: bool) -> Note:
    note = uow.notes.get(_note_id(note_id), for_update=True)
    if note is None:
        raise NoteNotFound(f"No note {note_id}")
    if needs_clinical_scope(note.kind) and not clinical_allowed:
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
) -> dict:
    """Pinned first, then newest first: `{items, next_cursor}`; clinical notes only with `include_clinical`.

    Raises ClientNotFound, NoteInvalid (a bad cursor).
    """
    limit = max(1, min(int(limit), 200))
    try:
        after = cursors.decode(cursor, bool, datetime.fromisoformat, uuid.UUID)
    except cursors.BadCursor as error:
        raise NoteInvalid(str(error), errors={"cursor": [str(error)]}) from error
    with uow:
        client = load_client(uow, client_id)
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
    payload: dict,
    *,
    context: CallContext | None,
    clinical_allowed: bool = False,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Write a note signed by the caller. Raises ClientNotFound, NoteInvalid, ClinicalNoteForbidden."""
    data = load(contracts.NoteInput(), payload)
    if needs_clinical_scope(data["kind"]) and not clinical_allowed:
        raise ClinicalNoteForbidden("Writing a clinical note needs the notes:clinical scope")
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "add_note", request_hash)
        if replayed is not None:
            return replayed
        client = load_client(uow, client_id)
        note = uow.notes.add(
            Note(
                id=uuid.uuid4(),
                client_id=client.id,
                author_id=context.actor_id if context else None,
                author_name=context.actor_name if context else None,
                **data,
            )
        )
        result = contracts.note_view(note)
        uow.idempotency.save(idempotency_key, "add_note", request_hash, result)
        uow.commit()
    return result


def update_note(uow: ProfileUnitOfWork, note_id: str, payload: dict, *, clinical_allowed: bool = False) -> dict:
    """Change body, kind or pinning. Raises NoteNotFound, NoteInvalid, ClinicalNoteForbidden."""
    data = load(contracts.NoteUpdate(), payload)
    with uow:
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed)
        if needs_clinical_scope(data.get("kind")) and not clinical_allowed:
            raise ClinicalNoteForbidden("Making a note clinical needs the notes:clinical scope")
        for field, value in data.items():
            setattr(note, field, value)
        uow.flush()
        uow.session.refresh(note)
        result = contracts.note_view(note)
        uow.commit()
    return result


def delete_note(uow: ProfileUnitOfWork, note_id: str, *, now: datetime, clinical_allowed: bool = False) -> None:
    """Soft-delete: the note leaves every list and the card. Raises NoteNotFound, ClinicalNoteForbidden."""
    with uow:
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed)
        note.deleted_at = now
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
        note = _load_note(uow, note_id, clinical_allowed=clinical_allowed)
        if not shows_as_alert(note.kind, note.pinned):
            raise NoteInvalid("Only alert and pinned notes are acknowledged", errors={"kind": ["not an alert"]})
        if note.acknowledged_at is None:
            note.acknowledged_at = now
            note.acknowledged_by_id = context.actor_id if context else None
            note.acknowledged_by_name = staff_name or (context.actor_name if context else None)
            uow.flush()
            uow.session.refresh(note)
        result = contracts.note_view(note)
        uow.commit()
    return result

