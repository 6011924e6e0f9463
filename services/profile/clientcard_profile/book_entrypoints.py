"""nameko entrypoints that work on the book of clients as a whole: imports, exports, duplicates, merges.

`ProfileService` inherits them (the class has no `name`, and service.py imports the module, not the
class, so `nameko run` still finds one service). Entrypoints only decode, call one use case and encode.
"""

from __future__ import annotations

from nameko.timer import timer

from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc
from clientcard_profile import contracts
from clientcard_profile.domain.erased_ids import ErasedIds
from clientcard_profile.use_cases import duplicates, exports, imports, merges
from clientcard_profile.use_cases.import_checks import ServiceChecks


class BookEntrypoints:
    # provided by ProfileService: uow, clock, settings, context, billing, loyalty

    @rpc
    def start_import(
        self, content_base64: str, filename: str | None = None, dry_run: bool = False, kind: str = "clients"
    ) -> dict:
        """Parse and queue an import. Raises ImportFileTooLarge (413), ImportFileInvalid (422)."""
        return imports.start_import(self.uow, content_base64, filename=filename, dry_run=dry_run, context=self.context, kind=kind)

    @rpc
    def get_import(self, import_id: str) -> dict:
        """Raises ImportNotFound (404, also when its locations are not all the caller's)."""
        return imports.get_import(self.uow, import_id, self.context)

    @timer(interval=1)
    def process_imports(self) -> None:
        """Work through queued imports, one transaction each, oldest first."""
        checks = ServiceChecks({"billing": self.billing, "loyalty": self.loyalty})
        erased_ids = ErasedIds(self.settings.erasure_key)
        while imports.process_next_import(
            self.uow, region=self.settings.phone_region, now=self.clock(), checks=checks, erased_ids=erased_ids
        ):
            pass

    @rpc
    def export_clients(self, cursor: str | None = None, limit: int = 1000, status: str | None = "active") -> dict:
        """One page of the export (the clients the caller may see). Raises SearchInvalid (422)."""
        return exports.export_clients(self.uow, cursor=cursor, limit=limit, status=status, context=self.context)

    @rpc
    def find_duplicates(self, client_id: str, limit: int = 20) -> dict:
        """Raises ClientNotFound (404)."""
        return duplicates.find_duplicates(self.uow, client_id, limit=limit, context=self.context)

    @rpc
    def merge_clients(self, client_id: str, data: dict) -> dict:
        """Merge (or preview merging) `data.source_id` into `client_id`. Raises ClientNotFound (404),
        MergeConflict / CardNumberTaken (409), MergeInvalid / InvalidInput (422)."""
        return merges.merge_clients(
            self.uow, client_id, load(contracts.MergeInput(), data), context=self.context, now=self.clock()
        )

    @rpc
    def undo_merge(self, merge_id: str) -> dict:
        """Raises MergeNotFound (404), MergeUndoRefused / CardNumberTaken (409)."""
        return merges.undo_merge(self.uow, merge_id, context=self.context, now=self.clock())
