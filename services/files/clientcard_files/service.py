"""nameko entrypoints of the files service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.rpc import rpc

from clientcard_files.dependencies import files_uow
from clientcard_files.object_store import ObjectStoreProvider
from clientcard_files.settings import SERVICE_NAME
from clientcard_files.use_cases import card
from clientcard_kit import service_base


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
