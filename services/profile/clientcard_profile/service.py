"""nameko entrypoints of the profile service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.rpc import rpc

from clientcard_kit import service_base
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_profile.dependencies import profile_uow
from clientcard_profile.settings import SERVICE_NAME, Settings
from clientcard_profile.use_cases import card, clients


class ProfileService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = profile_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)

    @rpc
    def create_client(self, data: dict, idempotency_key: str | None = None, request_hash: str | None = None) -> dict:
        """Create a client. Raises ClientInvalid (422), IdempotencyKeyReused (409)."""
        return clients.create_client(
            self.uow, data, region=self.settings.phone_region, idempotency_key=idempotency_key, request_hash=request_hash
        )

    @rpc
    def get_client(self, client_id: str) -> dict:
        """One client record. Raises ClientNotFound (404)."""
        return clients.get_client(self.uow, client_id)

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Client, alerts and visits for the card. Raises ClientNotFound (404)."""
        return card.card_section(self.uow, client_id)
