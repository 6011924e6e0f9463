"""nameko entrypoints of the profile service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler
from nameko.timer import timer

from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc, rpc_proxy
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_profile import book_entrypoints, contracts, decoding, notes_and_visits_entrypoints
from clientcard_profile.dependencies import profile_uow
from clientcard_profile.domain.erased_ids import ErasedIds
from clientcard_profile.settings import SERVICE_NAME, Settings
from clientcard_profile.use_cases import (
    access,
    archive,
    audit,
    card,
    client_data,
    clients,
    custom_fields,
    erasure,
    imports,
    invoice_locations,
    locations,
    profile_photo,
    search,
    segments,
    timeline,
)


class ProfileService(
    notes_and_visits_entrypoints.NotesAndVisitsEntrypoints, book_entrypoints.BookEntrypoints, service_base.ClientcardService
):
    name = SERVICE_NAME
    uow = profile_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)
    # an import's rows are checked by the services that will post their money and points
    billing = rpc_proxy("billing")
    loyalty = rpc_proxy("loyalty")

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
    def find_segment_clients(self, segment: dict, after: str | None = None, limit: int = 2000) -> list[dict]:
        """A campaign segment's active clients, `{id, email, phone, restricted}`, by id. Raises SearchInvalid (422)."""
        return segments.find_segment_clients(self.uow, segment, after, limit)

    @rpc
    def get_client(self, client_id: str) -> dict:
        """One client record. Raises ClientNotFound (404, also for a client the caller may not see)."""
        return clients.get_client(self.uow, client_id, self.context)

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Client, alerts (each with its `kind`; clinical ones only for callers that may read them)
        and visits for the card. Raises ClientNotFound (404)."""
        return card.card_section(self.uow, client_id, now=self.clock(), context=self.context)

    @rpc
    def get_timeline(
        self,
        client_id: str,
        kinds: list[str] | None = None,
        before: list | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 51,
    ) -> list[dict]:
        """Visits, notes and merges, newest first by (at, id), older than `before`. Raises ClientNotFound
        (404), TimelineInvalid (422)."""
        return timeline.timeline_page(self.uow, client_id, kinds, before, since, until, limit, self.context)

    @rpc
    def export_client_data(self, client_id: str) -> dict:
        """Record, custom fields, notes, visits, merges and audit trail (GDPR export). Raises ClientNotFound (404)."""
        return client_data.export_client_data(self.uow, client_id, self.context)

    @rpc
    def erase_client(self, client_id: str, data: dict) -> dict:
        """GDPR erase: anonymise, seal clinical notes, emit `client_erased`; answers the erasure. Raises
        ClientNotFound (404), ClientArchived (409: merged away), ErasureInvalid (422: no reason)."""
        return erasure.erase_client(
            self.uow,
            client_id,
            data,
            context=self.context,
            now=self.clock(),
            retention_years=self.settings.clinical_retention_years,
            erased_ids=ErasedIds(self.settings.erasure_key),
        )

    @rpc
    def get_erasure(self, erasure_id: str) -> dict:
        """`{id, client_id, status, services: {service: {status, at}}}`. Raises ErasureNotFound (404)."""
        return erasure.get_erasure(self.uow, erasure_id, self.context)

    @timer(interval=3600, eager=True)
    def purge_sealed_records(self) -> None:
        """Hourly (a daily duty, checked often): sealed health records past their retention are deleted."""
        erasure.purge_sealed_records(self.uow, now=self.clock())

    # --- the client record (part A): update, archive, search, links, audit, locations, custom fields

    @rpc
    def update_client(self, client_id: str, data: dict, expected_version: int | None = None) -> dict:
        """Partial update. Raises ClientNotFound (404), ClientArchived / CardNumberTaken (409),
        ClientVersionMismatch (412), ClientInvalid (422)."""
        return clients.update_client(
            self.uow,
            client_id,
            data,
            region=self.settings.phone_region,
            expected_version=expected_version,
            context=self.context,
        )

    @rpc
    def set_profile_photo(self, client_id: str, file_id: str | None, expected_version: int | None = None) -> dict:
        """Make an image file (checked by the caller) the client's photo; None clears it. Raises
        ClientNotFound (404), ClientArchived (409), ClientVersionMismatch (412), ClientInvalid (422)."""
        return profile_photo.set_profile_photo(
            self.uow, client_id, file_id, expected_version=expected_version, context=self.context
        )

    @rpc
    def forget_photo_file(self, file_id: str) -> int:
        """A file found deleted: every photo naming it is cleared (as on `file_deleted`); how many."""
        return profile_photo.forget_photo_file(self.uow, file_id)

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
        return search.search_clients(
            self.uow, decoding.search_query(args), region=self.settings.phone_region, context=self.context
        )

    @rpc
    def get_linked_clients(self, client_id: str) -> list[dict]:
        """`[{client_id, relation}]` (what each linked client is to this one). Raises ClientNotFound (404)."""
        return clients.get_linked_clients(self.uow, client_id, self.context)

    @rpc
    def list_client_audit(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's audit trail, newest first. Raises ClientNotFound (404), SearchInvalid (422)."""
        return audit.list_audit(self.uow, client_id, limit=limit, cursor=cursor, context=self.context)

    @rpc
    def create_location(self, data: dict) -> dict:
        """Raises LocationInvalid (422)."""
        return locations.create_location(self.uow, decoding.new_location(data))

    @rpc
    def get_location(self, location_id: str) -> dict:
        """Raises LocationNotFound (404, also outside a location-limited caller's locations)."""
        return locations.get_location(self.uow, location_id, self.context)

    @rpc
    def list_locations(self) -> list[dict]:
        """Every location; a location-limited caller's own only."""
        return locations.list_locations(self.uow, self.context)

    @rpc
    def update_location(self, location_id: str, data: dict, expected_version: int | None = None) -> dict:
        """Raises LocationNotFound (404), LocationVersionMismatch (412), LocationInvalid (422)."""
        return locations.update_location(
            self.uow, location_id, decoding.location_changes(data), expected_version=expected_version, context=self.context
        )

    @rpc
    def define_custom_field(self, data: dict) -> dict:
        """Raises CustomFieldInvalid (422), CustomFieldKeyTaken (409)."""
        return custom_fields.define_custom_field(self.uow, decoding.new_custom_field(data))

    @rpc
    def update_custom_field(self, key: str, data: dict) -> dict:
        """Change label, options, required or `active` (retire). Raises CustomFieldNotFound (404),
        CustomFieldInvalid (422: key or type changes, bad options)."""
        return custom_fields.update_custom_field(self.uow, key, decoding.custom_field_changes(data))

    @rpc
    def list_custom_fields(self) -> list[dict]:
        return custom_fields.list_custom_fields(self.uow)

    # --- access: what a gateway asks before a location-limited key reaches a resource

    @rpc
    def get_client_access(self, client_id: str) -> dict:
        """`{client_id, home_location_id, location_ids, status}`; location_ids: home, visits' and
        invoices' locations. Raises ClientNotFound (404, also when hidden from the caller)."""
        return access.get_client_access(self.uow, client_id, self.context)

    @rpc
    def get_note_owner(self, note_id: str) -> dict:
        """`{client_id}`. Raises NoteNotFound (404, also when its client is hidden from the caller)."""
        return access.get_note_owner(self.uow, note_id, self.context)

    @rpc
    def get_visit_owner(self, visit_id: str) -> dict:
        """`{client_id}`. Raises VisitNotFound (404, also when its client is hidden from the caller)."""
        return access.get_visit_owner(self.uow, visit_id, self.context)

    @rpc
    def get_merge_owner(self, merge_id: str) -> dict:
        """`{client_id, source_id}`. Raises MergeNotFound (404, also when its survivor is hidden from the caller)."""
        return access.get_merge_owner(self.uow, merge_id, self.context)

    @rpc
    def get_import_owner(self, import_id: str) -> dict:
        """`{location_ids}` (None: started by an unlimited caller). Raises ImportNotFound (404, also
        when its locations are not all the caller's)."""
        return imports.get_import_owner(self.uow, import_id, self.context)

    # --- events in

    @event_handler("billing", "client_data_erased")
    @park_on_failure
    def handle_billing_client_data_erased(self, payload: dict) -> None:
        erasure.record_service_done(self.uow, "billing", load(contracts.ClientDataErasedEvent(), payload), now=self.clock())

    @event_handler("loyalty", "client_data_erased")
    @park_on_failure
    def handle_loyalty_client_data_erased(self, payload: dict) -> None:
        erasure.record_service_done(self.uow, "loyalty", load(contracts.ClientDataErasedEvent(), payload), now=self.clock())

    @event_handler("messaging", "client_data_erased")
    @park_on_failure
    def handle_messaging_client_data_erased(self, payload: dict) -> None:
        erasure.record_service_done(self.uow, "messaging", load(contracts.ClientDataErasedEvent(), payload), now=self.clock())

    @event_handler("files", "client_data_erased")
    @park_on_failure
    def handle_files_client_data_erased(self, payload: dict) -> None:
        erasure.record_service_done(self.uow, "files", load(contracts.ClientDataErasedEvent(), payload), now=self.clock())

    @event_handler("files", "file_deleted")
    @park_on_failure
    def handle_file_deleted(self, payload: dict) -> None:
        profile_photo.forget_deleted_photo(self.uow, load(contracts.FileDeletedEvent(), payload))

    @event_handler("billing", "invoice_issued")
    @park_on_failure
    def handle_invoice_issued(self, payload: dict) -> None:
        invoice_locations.record_invoice_location(self.uow, load(contracts.InvoiceIssuedEvent(), payload))

    @event_handler("billing", "invoice_location_known")
    @park_on_failure
    def handle_invoice_location_known(self, payload: dict) -> None:
        """billing's backfill of invoices issued before profile listened (billing migration 0010)."""
        invoice_locations.record_invoice_location(self.uow, load(contracts.InvoiceIssuedEvent(), payload))
