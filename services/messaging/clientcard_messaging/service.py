"""nameko entrypoints of the messaging service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.rpc import rpc

from clientcard_kit import service_base
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import SERVICE_NAME
from clientcard_messaging.use_cases import card


class MessagingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = messaging_uow()

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """The client's recent messages for the card."""
        return card.card_section(self.uow, client_id)
