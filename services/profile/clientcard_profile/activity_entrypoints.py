"""nameko entrypoints for notes, visits, imports, duplicates, merges and exports.

`ProfileService` inherits them (this module's class has no `name`, and service.py imports the
module, not the class, so `nameko run` still finds one service). Entrypoints only decode, call
one use case and encode.
"""
from __future__ import annotations

from nameko.timer import timer

from clientcard_kit.entrypoints import rpc
from clientcard_profile.use_cases import duplicates, exports, imports, merges, notes, visits


class ActivityEntrypoints:
    # provided by ProfileService: uow, clock, settings, context

    # --- notes

    @rpc
    def list_notes(
        self, client_id: str, include_clinical: bool = False, kind: str | None = None, limit: int = 50,
        cursor: str | None = None,
    ) -> dict:
        """Pinned first, newest first. Raises ClientNotFound (404), NoteInvalid (422)."""
        return notes.list_notes(
            self.uow, client_id, include_clinical=include_clinical, kind=kind, limit=limit, cursor=cursor
        )

    @rpc
    def add_note(
        self, client_id: str, data: dict, clinical_allowed: bool = False, idempotency_key: str | None = None,
        request_hash: str | None = None,
    ) -> dict:
        """Raises ClientNotFound (404), ClinicalNoteForbidden (403), InvalidInput (422), IdempotencyKeyReused (409)."""
        return notes.add_note(
            self.uow, client_id, data, context=self.context, clinical_allowed=clinical_allowed,
            idempotency_key=idempotency_key, request_hash=request_hash,
        )

    @rpc
    def update_note(self, note_id: str, data: dict, clinical_allowed: bool = False) -> dict:
        """Raises NoteNotFound (404), ClinicalNoteForbidden (403), InvalidInput (422)."""
        return notes.update_note(self.uow, note_id, data, clinical_allowed=clinical_allowed)

    @rpc
    def delete_note(self, note_id: str, clinical_allowed: bool = False) -> None:
        """Soft delete. Raises NoteNotFound (404), ClinicalNoteForbidden (403)."""
        notes.delete_note(self.uow, note_id, now=self.clock(), clinical_allowed=clinical_allowed)

    @rpc
    def acknowledge_note(self, note_id: str, staff_name: str | None = None, clinical_allowed: bool = False) -> dict:
        """Raises NoteNotFound (404), ClinicalNoteForbidden (403), NoteInvalid (422: not an alert)."""
        return notes.acknowledge_note(
            self.uow, note_id, context=self.context, now=self.clock(), staff_name=staff_name,
            clinical_allowed=clinical_allowed,
        )

    # --- visits

    @rpc
    def list_visits(self, client_id: str, limit: int = 50, cursor: str | None = None, status: str | None = None) -> dict:
        """Latest first. Raises ClientNotFound (404), VisitInvalid (422)."""
        return visits.list_visits(self.uow, client_id, limit=limit, cursor=cursor, status=status)

    @rpc
    def save_visit(
        self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """`{visit, created}`; the same `external_id` updates. Raises ClientNotFound (404),
        VisitExternalIdTaken / IdempotencyKeyReused (409), VisitInvalid / InvalidInput (422)."""
        return visits.save_visit(
            self.uow, client_id, data, now=self.clock(), idempotency_key=idempotency_key, request_hash=request_hash
        )

    @rpc
    def update_visit(self, visit_id: str, data: dict) -> dict:
        """Raises VisitNotFound (404), VisitInvalid / InvalidInput (422)."""
        return visits.update_visit(self.uow, visit_id, data, now=self.clock())

    # --- imports and exports

    @rpc
    def start_import(self, content_base64: str, filename: str | None = None, dry_run: bool = False) -> dict:
        """Parse and queue an import. Raises ImportFileTooLarge (413), ImportFileInvalid (422)."""
        return imports.start_import(
            self.uow, content_base64, filename=filename, dry_run=dry_run, context=self.context
        )

    @rpc
    def get_import(self, import_id: str) -> dict:
        """Raises ImportNotFound (404)."""
        return imports.get_import(self.uow, import_id)

    @timer(interval=1)
    def process_imports(self) -> None:
        """Work through queued imports, one transaction each, oldest first."""
        while imports.process_next_import(self.uow, region=self.settings.phone_region, now=self.clock()):
            pass

    @rpc
    def export_clients(self, cursor: str | None = None, limit: int = 1000, status: str | None = "active") -> dict:
        """One page of the export. Raises SearchInvalid (422)."""
        return exports.export_clients(self.uow, cursor=cursor, limit=limit, status=status)

    # --- duplicates and merges

    @rpc
    def find_duplicates(self, client_id: str, limit: int = 20) -> dict:
        """Raises ClientNotFound (404)."""
        return duplicates.find_duplicates(self.uow, client_id, limit=limit)

    @rpc
    def merge_clients(self, client_id: str, data: dict) -> dict:
        """Merge (or preview merging) `data.source_id` into `client_id`. Raises ClientNotFound (404),
        MergeConflict / CardNumberTaken (409), MergeInvalid / InvalidInput (422)."""
        return merges.merge_clients(self.uow, client_id, data, context=self.context, now=self.clock())

    @rpc
    def undo_merge(self, merge_id: str) -> dict:
        """Raises MergeNotFound (404), MergeUndoRefused / CardNumberTaken (409)."""
        return merges.undo_merge(self.uow, merge_id, context=self.context, now=self.clock())
