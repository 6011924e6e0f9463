"""nameko entrypoints of a client's notes and visits.

`ProfileService` inherits them (the class has no `name`, and service.py imports the module, not the
class, so `nameko run` still finds one service). Entrypoints only decode, call one use case and encode.
"""

from __future__ import annotations

from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc
from clientcard_profile import contracts
from clientcard_profile.use_cases import notes, visits


class NotesAndVisitsEntrypoints:
    # provided by ProfileService: uow, clock, context

    @rpc
    def list_notes(
        self,
        client_id: str,
        include_clinical: bool = False,
        kind: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> dict:
        """Pinned first, newest first; clinical notes only with `include_clinical` and the caller's
        `notes:clinical`. Raises ClientNotFound (404), NoteInvalid (422)."""
        return notes.list_notes(
            self.uow,
            client_id,
            include_clinical=include_clinical,
            kind=kind,
            limit=limit,
            cursor=cursor,
            context=self.context,
        )

    @rpc
    def add_note(
        self,
        client_id: str,
        data: dict,
        clinical_allowed: bool = False,
        idempotency_key: str | None = None,
        request_hash: str | None = None,
    ) -> dict:
        """Raises ClientNotFound (404), ClinicalNoteForbidden (403), InvalidInput (422), IdempotencyKeyReused (409)."""
        return notes.add_note(
            self.uow,
            client_id,
            load(contracts.NoteInput(), data),
            context=self.context,
            clinical_allowed=clinical_allowed,
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def update_note(self, note_id: str, data: dict, clinical_allowed: bool = False) -> dict:
        """Raises NoteNotFound (404), ClinicalNoteForbidden (403), InvalidInput (422)."""
        return notes.update_note(
            self.uow, note_id, load(contracts.NoteUpdate(), data), clinical_allowed=clinical_allowed, context=self.context
        )

    @rpc
    def delete_note(self, note_id: str, clinical_allowed: bool = False) -> None:
        """Soft delete. Raises NoteNotFound (404), ClinicalNoteForbidden (403)."""
        notes.delete_note(self.uow, note_id, now=self.clock(), clinical_allowed=clinical_allowed, context=self.context)

    @rpc
    def acknowledge_note(self, note_id: str, staff_name: str | None = None, clinical_allowed: bool = False) -> dict:
        """Raises NoteNotFound (404), ClinicalNoteForbidden (403), NoteInvalid (422: not an alert)."""
        return notes.acknowledge_note(
            self.uow,
            note_id,
            context=self.context,
            now=self.clock(),
            staff_name=staff_name,
            clinical_allowed=clinical_allowed,
        )

    @rpc
    def list_visits(self, client_id: str, limit: int = 50, cursor: str | None = None, status: str | None = None) -> dict:
        """Latest first. Raises ClientNotFound (404), VisitInvalid (422)."""
        return visits.list_visits(self.uow, client_id, limit=limit, cursor=cursor, status=status, context=self.context)

    @rpc
    def save_visit(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None) -> dict:
        """`{visit, created}`; the same `external_id` updates. Raises ClientNotFound (404),
        VisitExternalIdTaken / IdempotencyKeyReused (409), VisitInvalid / InvalidInput (422)."""
        return visits.save_visit(
            self.uow,
            client_id,
            load(contracts.VisitInput(), data),
            now=self.clock(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
            context=self.context,
        )

    @rpc
    def update_visit(self, visit_id: str, data: dict) -> dict:
        """Raises VisitNotFound (404), VisitInvalid / InvalidInput (422)."""
        return visits.update_visit(
            self.uow, visit_id, load(contracts.VisitUpdate(), data), now=self.clock(), context=self.context
        )
