"""nameko entrypoints of the loyalty service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.rpc import rpc

from clientcard_kit import service_base
from clientcard_kit.providers import Clock
from clientcard_loyalty.dependencies import loyalty_uow
from clientcard_loyalty.settings import SERVICE_NAME
from clientcard_loyalty.use_cases import card


class LoyaltyService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = loyalty_uow()
    clock = Clock()

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Points, tier and cards for the card."""
        return card.card_section(self.uow, client_id)
