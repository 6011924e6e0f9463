"""nameko entrypoints of the files service: decode, call one use case, encode."""

from __future__ import annotations

import time

from nameko.events import event_handler
from nameko.timer import timer
from nameko.web.handlers import http

from clientcard_files import contracts
from clientcard_files.adapters import http_stream
from clientcard_files.adapters.object_store import ObjectStoreProvider
from clientcard_files.dependencies import HttpEndpoint, files_uow
from clientcard_files.settings import SERVICE_NAME
from clientcard_files.use_cases import (
    card,
    client_data,
    client_lifecycle,
    consents,
    deleting,
    direct_uploads,
    reading,
    storing,
    timeline,
    transfers,
)
from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock

MEDICAL_SCOPE = "files:medical"  # medical files and signed consents are shown only to callers whose key carries it


class FilesService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = files_uow()
    store = ObjectStoreProvider()
    endpoint = HttpEndpoint()
    clock = Clock()

    def _kinds(self, medical: bool = True):
        """The kinds this caller may see: all with `files:medical` (and when asked for), else the others."""
        return None if medical and self.context.may(MEDICAL_SCOPE) else card.CARD_KINDS

    @rpc
    def health(self) -> dict:
        """Readiness: the database (as every service) and the object store's bucket."""
        report = super().health()
        self.store.check()
        return {**report, "object_store": "ok"}

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Recent files (medical ones and signed consents apart, for callers with `files:medical`) and the
        consents missing or expired by service; the gateway picks the next visit's (see use_cases.card)."""
        return card.card_section(self.uow, client_id, include_medical=self.context.may(MEDICAL_SCOPE), now=self.clock())

    @rpc
    def store_file(self, client_id: str, upload: dict) -> dict:
        """Store a small upload {filename, kind, caption, content_base64, pair_id, stage, visit_id}.
        Raises FileRejected (422), FileTooLarge (413), FileUnsupported (415), ClientClosed (409)."""
        return storing.store_file(
            self.uow,
            self.store,
            client_id,
            upload,
            uploaded_by=self.context.actor_name,
            max_bytes=self.endpoint.settings.max_bytes,
        )

    @rpc
    def upload_limits(self) -> dict:
        """`{max_bytes}`: the largest file this service stores (FILES_MAX_BYTES)."""
        return {"max_bytes": self.endpoint.settings.max_bytes}

    @rpc
    def open_upload(self, client_id: str, meta: dict) -> dict:
        """A ticket to stream one file to this service's HTTP endpoint: `{url, ticket, max_bytes}`.
        Raises FileRejected (422) for a bad kind, name or stage, ClientClosed (409)."""
        return transfers.open_upload(
            self.uow,
            self.endpoint.settings,
            self.endpoint.base_url,
            client_id,
            meta,
            uploaded_by=self.context.actor_name,
            now=time.time(),
        )

    @rpc
    def open_download(self, file_id: str, variant: str = "original") -> dict:
        """A ticket to stream a file, its `thumbnail` or `preview` from this service's HTTP endpoint, with
        its type and name. Raises FileNotFound (404, also for a medical file the caller may not see)."""
        reading.get_file(self.uow, self.store, file_id, kinds=self._kinds())  # the caller may see it
        return transfers.open_download(
            self.uow, self.endpoint.settings, self.endpoint.base_url, file_id, variant, now=time.time()
        )

    @http("PUT", "/uploads")
    def receive_upload(self, request):
        """The bytes of one upload, streamed with the ticket of `open_upload` (header `X-Upload-Ticket`)."""
        return http_stream.answer(
            lambda: transfers.receive_upload(
                self.uow,
                self.store,
                self.endpoint.settings,
                request.headers.get("X-Upload-Ticket", ""),
                http_stream.body_chunks(request),
                now=time.time(),
            ),
            status=201,
        )

    @http("GET", "/downloads")
    def send_download(self, request):
        """The bytes of one file, streamed in chunks, with the ticket of `open_download` (`X-Download-Ticket`)."""
        return http_stream.stream(
            lambda: transfers.download(
                self.store, self.endpoint.settings, request.headers.get("X-Download-Ticket", ""), now=time.time()
            )
        )

    @rpc
    def start_direct_upload(self, client_id: str, meta: dict) -> dict:
        """A presigned POST to storage for one file: `{id, url, fields, max_bytes, expires_at}`.
        Raises FileRejected (422), ClientClosed (409)."""
        return direct_uploads.start(
            self.uow, self.store, self.endpoint.settings, client_id, meta, uploaded_by=self.context.actor_name, now=self.clock()
        )

    @rpc
    def get_upload_owner(self, upload_id: str) -> dict:
        """`{client_id}` of a pending direct upload. Raises UploadNotFound (404)."""
        return direct_uploads.owner(self.uow, upload_id)

    @rpc
    def complete_direct_upload(self, upload_id: str) -> dict:
        """Check and record what was uploaded (or remove it).
        Raises UploadNotFound (404), FileRejected (422), FileTooLarge (413), FileUnsupported (415), ClientClosed (409)."""
        return direct_uploads.complete(self.uow, self.store, self.endpoint.settings, upload_id, now=self.clock())

    @rpc
    def list_files(self, client_id: str, limit: int = 50, cursor: str | None = None, include_medical: bool = False) -> dict:
        """The client's files, newest first; medical ones and signed consents only when asked for by a
        caller with `files:medical`. Raises BadCursor (422) for a cursor it did not give."""
        return reading.list_files(self.uow, client_id, limit=limit, cursor=cursor, kinds=self._kinds(include_medical))

    @rpc
    def list_photo_pairs(self, client_id: str) -> dict:
        """Before/after photo pairs side by side, newest first."""
        return reading.photo_pairs(self.uow, client_id)

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
        """Files stored, newest first by (at, id); medical files and signed consents only for callers with
        `files:medical`. Raises TimelineInvalid (422)."""
        return timeline.timeline_page(
            self.uow, client_id, kinds, before, since, until, limit, include_medical=self.context.may(MEDICAL_SCOPE)
        )

    @rpc
    def export_client_data(self, client_id: str) -> dict:
        """Every file's record with a short-lived download link (GDPR export); medical files and signed
        consents only for callers with `files:medical`. Raises TimelineInvalid (422: a bad id)."""
        return client_data.export_client_data(self.uow, self.store, client_id, include_medical=self.context.may(MEDICAL_SCOPE))

    @rpc
    def get_file(self, file_id: str) -> dict:
        """One file's record with a short-lived link for the public S3 endpoint. Raises FileNotFound (404)."""
        return reading.get_file(
            self.uow, self.store, file_id, kinds=self._kinds(), link_seconds=self.endpoint.settings.link_seconds
        )

    @rpc
    def delete_file(self, file_id: str) -> dict:
        """Remove a file and its objects. Raises FileNotFound (404), FileRejected for a signed consent's PDF,
        ClientClosed (409: an erased client's sealed record)."""
        return deleting.delete_file(self.uow, self.store, file_id)

    @rpc
    def create_consent_template(self, data: dict) -> dict:
        """Version 1 of a consent form. Raises ConsentRejected (422)."""
        return consents.create_template(self.uow, data, created_by=self.context.actor_name)

    @rpc
    def revise_consent_template(self, template_id: str, data: dict) -> dict:
        """The form's next version. Raises ConsentTemplateNotFound (404), ConsentRejected (422)."""
        return consents.revise_template(self.uow, template_id, data, created_by=self.context.actor_name)

    @rpc
    def list_consent_templates(self, limit: int = 50, cursor: str | None = None) -> dict:
        """Every form's latest version, by title. Raises BadCursor (422) for a cursor it did not give."""
        return consents.list_templates(self.uow, limit=limit, cursor=cursor)

    @rpc
    def get_consent_template(self, template_id: str, version: int | None = None) -> dict:
        """One version of a form, the latest by default. Raises ConsentTemplateNotFound (404)."""
        return consents.get_template(self.uow, template_id, version)

    @rpc
    def sign_consent(self, client_id: str, data: dict) -> dict:
        """Sign a form for a client, archived as a PDF. Raises ConsentTemplateNotFound (404), ConsentRejected (422),
        ClientClosed (409)."""
        return consents.sign(
            self.uow,
            self.store,
            client_id,
            load(contracts.ConsentSignature(), data),
            now=self.clock(),
            signed_by=self.context.actor_name,
        )

    @rpc
    def list_consents(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's signed consents with their status, newest first. Raises BadCursor (422) for a cursor it did not give."""
        return consents.list_for_client(self.uow, client_id, now=self.clock(), limit=limit, cursor=cursor)

    @rpc
    def get_consent(self, consent_id: str) -> dict:
        """One signed consent. Raises ConsentNotFound (404)."""
        return consents.get_consent(self.uow, consent_id, now=self.clock())

    @rpc
    def get_consent_owner(self, consent_id: str) -> dict:
        """`{client_id, file_id}`. Raises ConsentNotFound (404)."""
        return consents.owner(self.uow, consent_id)

    @rpc
    def withdraw_consent(self, consent_id: str, reason: str | None = None) -> dict:
        """Withdraw a signed consent. Raises ConsentNotFound (404), ConsentWithdrawn, ClientClosed (409)."""
        return consents.withdraw(self.uow, consent_id, reason, now=self.clock(), withdrawn_by=self.context.actor_name)

    @event_handler("profile", "client_merged")
    @park_on_failure
    def handle_client_merged(self, payload: dict) -> None:
        client_lifecycle.move_to_survivor(self.uow, load(contracts.ClientMergedEvent(), payload))

    @event_handler("profile", "client_merge_undone")
    @park_on_failure
    def handle_client_merge_undone(self, payload: dict) -> None:
        client_lifecycle.move_back(self.uow, load(contracts.ClientMergedEvent(), payload))

    @timer(interval=3600)
    def purge_sealed_health_records(self):
        """Hourly: medical files and signed consents of erased clients go once their retention has ended."""
        client_lifecycle.purge_sealed(self.uow, self.store, now=self.clock())

    @event_handler("profile", "client_erased")
    @park_on_failure
    def handle_client_erased(self, payload: dict) -> None:
        client_lifecycle.erase_client(self.uow, self.store, load(contracts.ClientErasedEvent(), payload))
