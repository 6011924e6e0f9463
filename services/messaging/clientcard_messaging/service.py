"""nameko entrypoints of the messaging service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.events import event_handler
from nameko.rpc import rpc

from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock
from clientcard_messaging import contracts
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import SERVICE_NAME
from clientcard_messaging.use_cases import card, client_lifecycle


class MessagingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = messaging_uow()
    clock = Clock()

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """The client's recent messages for the card."""
        return card.card_section(self.uow, client_id)

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
        client_lifecycle.erase_client(self.uow, load(contracts.ClientErasedEvent(), payload), now=self.clock())
