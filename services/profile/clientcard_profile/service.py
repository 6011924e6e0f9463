"""nameko entrypoints of the profile service: decode, call one use case, encode."""
from __future__ import annotations

from clientcard_kit import service_base
from clientcard_kit.entrypoints import rpc
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_profile import activity_entrypoints
from clientcard_profile.dependencies import profile_uow
from clientcard_profile.settings import SERVICE_NAME, Settings
from clientcard_profile.use_cases import archive, audit, card, clients, custom_fields, locations, search


class ProfileService(activity_entrypoints.ActivityEntrypoints, service_base.ClientcardService):
    name = SERVICE_NAME
    uow = profile_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)

    @rpc
    def create_client(self, data: dict, idempotency_key: str | None = None, request_hash: str | None = None) -> dict:
        """Create a client. Raises ClientInvalid (422), IdempotencyKeyReused (409)."""
        return clients.create_client(
            self.uow,
            data,
            region=self.settings.phone_region,
            context=self.context,
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def get_client(self, client_id: str) -> dict:
        """One client record. Raises ClientNotFound (404)."""
        return clients.get_client(self.uow, client_id)

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Client, alerts and visits for the card. Raises ClientNotFound (404)."""
        return card.card_section(self.uow, client_id, now=self.clock())

    # --- the client record (part A): update, archive, search, links, audit, locations, custom fields

    @rpc
    def update_client(self, client_id: str, data: dict, expected_version: int | None = None) -> dict:
        """Partial update. Raises ClientNotFound (404), ClientArchived / CardNumberTaken (409),
        ClientVersionMismatch (412), ClientInvalid (422)."""
        return clients.update_client(
            self.uow, client_id, data, region=self.settings.phone_region, expected_version=expected_version,
            context=self.context,
        )

    @rpc
    def archive_client(self, client_id: str, expected_version: int | None = None) -> dict:
        """Archive instead of delete. Raises ClientNotFound (404), ClientVersionMismatch (412)."""
        return archive.archive_client(
            self.uow, client_id, now=self.clock(), expected_version=expected_version, context=self.context
        )

    @rpc
    def restore_client(self, client_id: str, expected_version: int | None = None) -> dict:
        """Restore an archived client. Raises ClientNotFound (404), CardNumberTaken (409), ClientVersionMismatch (412)."""
        return archive.restore_client(
            self.uow, client_id, now=self.clock(), expected_version=expected_version, context=self.context
        )

    @rpc
    def search_clients(self, args: dict) -> dict:
        """`{items, next_cursor}` for `q`, filters, sort, limit, cursor. Raises SearchInvalid (422)."""
        return search.search_clients(self.uow, args, region=self.settings.phone_region)

    @rpc
    def get_linked_clients(self, client_id: str) -> list[dict]:
        """`[{client_id, relation}]` (what each linked client is to this one). Raises ClientNotFound (404)."""
        return clients.get_linked_clients(self.uow, client_id)

    @rpc
    def list_client_audit(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's audit trail, newest first. Raises ClientNotFound (404), SearchInvalid (422)."""
        return audit.list_audit(self.uow, client_id, limit=limit, cursor=cursor)

    @rpc
    def create_location(self, data: dict) -> dict:
        """Raises LocationInvalid (422)."""
        return locations.create_location(self.uow, data)

    @rpc
    def get_location(self, location_id: str) -> dict:
        """Raises LocationNotFound (404)."""
        return locations.get_location(self.uow, location_id)

    @rpc
    def list_locations(self) -> list[dict]:
        return locations.list_locations(self.uow)

    @rpc
    def update_location(self, location_id: str, data: dict, expected_version: int | None = None) -> dict:
        """Raises LocationNotFound (404), LocationVersionMismatch (412), LocationInvalid (422)."""
        return locations.update_location(self.uow, location_id, data, expected_version=expected_version)

    @rpc
    def define_custom_field(self, data: dict) -> dict:
        """Raises CustomFieldInvalid (422), CustomFieldKeyTaken (409)."""
        return custom_fields.define_custom_field(self.uow, data)

    @rpc
    def update_custom_field(self, key: str, data: dict) -> dict:
        """Change label, options, required or `active` (retire). Raises CustomFieldNotFound (404),
        CustomFieldInvalid (422: key or type changes, bad options)."""
        return custom_fields.update_custom_field(self.uow, key, data)

    @rpc
    def list_custom_fields(self) -> list[dict]:
        return custom_fields.list_custom_fields(self.uow)
