"""nameko entrypoints of the files service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler

from clientcard_files import contracts
from clientcard_files.dependencies import files_uow
from clientcard_files.object_store import ObjectStoreProvider
from clientcard_files.settings import SERVICE_NAME
from clientcard_files.use_cases import card, client_lifecycle, deleting, reading, storing
from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc
from clientcard_kit.parking import park_on_failure


class FilesService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = files_uow()
    store = ObjectStoreProvider()

    @rpc
    def health(self) -> dict:
        """Readiness: the database (as every service) and the object store's bucket."""
        report = super().health()
        self.store.check()
        return {**report, "object_store": "ok"}

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """The client's recent files for the card."""
        return card.card_section(self.uow, client_id)

    @rpc
    def store_file(self, client_id: str, upload: dict) -> dict:
        """Store an upload {filename, kind, caption, content_base64}. Raises FileRejected (422)."""
        return storing.store_file(self.uow, self.store, client_id, upload, uploaded_by=self.context.actor_name)

    @rpc
    def list_files(self, client_id: str, limit: int = 50, cursor: str | None = None, include_medical: bool = False) -> dict:
        """The client's files, newest first. Raises FileRejected for a bad cursor."""
        kinds = None if include_medical else card.CARD_KINDS
        return reading.list_files(self.uow, client_id, limit=limit, cursor=cursor, kinds=kinds)

    @rpc
    def get_file(self, file_id: str) -> dict:
        """One file's record with a short-lived download link. Raises FileNotFound (404)."""
        return reading.get_file(self.uow, self.store, file_id)

    @rpc
    def get_file_content(self, file_id: str, thumbnail: bool = False) -> dict:
        """The bytes of a file or its thumbnail, base64. Raises FileNotFound (404)."""
        return reading.file_content(self.uow, self.store, file_id, thumbnail=thumbnail)

    @rpc
    def delete_file(self, file_id: str) -> dict:
        """Remove a file and its objects. Raises FileNotFound (404)."""
        return deleting.delete_file(self.uow, self.store, file_id)

    @event_handler("profile", "client_merged")
    @park_on_failure
    def handle_client_merged(self, payload: dict) -> None:
        client_lifecycle.move_to_survivor(self.uow, load(contracts.ClientMergedEvent(), payload))

    @event_handler("profile", "client_merge_undone")
    @park_on_failure
    def handle_client_merge_undone(self, payload: dict) -> None:
        client_lifecycle.move_back(self.uow, load(contracts.ClientMergedEvent(), payload))

    @event_handler("profile", "client_erased")
    @park_on_failure
    def handle_client_erased(self, payload: dict) -> None:
        client_lifecycle.erase_client(self.uow, self.store, load(contracts.ClientErasedEvent(), payload))
