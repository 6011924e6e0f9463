"""GDPR: `GET /clients/{id}/export` (everything every service holds on the client, within the key's
access rules), `POST /clients/{id}/erase` and `GET /erasures/{id}` (its progress per service)."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import sensitive_reads
from gateway.access import may
from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.client_data import EraseSchema, ErasureSchema, ExportSchema

blp = Blueprint("client_data", __name__, url_prefix="/api/v1", description="GDPR export and erasure")

# each service's part of the export, and the scope of the card section that shows it
EXPORT_SCOPES = {
    "profile": "clients:read",
    "billing": "billing:read",
    "loyalty": "loyalty:read",
    "messaging": "messages:read",
    "files": "files:read",
}


@blp.route("/clients/<client_id>/export")
class ClientExport(MethodView):
    @requires("clients:export")
    @blp.response(200, ExportSchema)
    def get(self, client_id):
        """One JSON document with everything every service holds on the client: record, custom fields, notes,
        visits, merges, audit trail, ledger, invoices, cards on file, loyalty, messages, calls, preferences and
        their history, file metadata with short-lived download links.

        A section whose scope the key lacks is null and named in `restricted_sections` (as on the card);
        clinical notes need `notes:clinical`, medical files and signed consents `files:medical`; the sealed
        health records of an erased client are exported to admins only."""
        allowed = [service for service, scope in EXPORT_SCOPES.items() if may(scope)]
        with rpc() as lease:
            known = lease.call_async("profile", "get_client", client_id)  # 404 for unknown or hidden clients
            replies = {service: lease.call_async(service, "export_client_data", client_id) for service in allowed}
            lease.result(known)
            sections = {service: lease.result(reply) for service, reply in replies.items()}
        profile, files = sections.get("profile") or {}, sections.get("files") or {}
        sealed = [record["id"] for record in profile.get("sealed", ()) if record["kind"] == "clinical_note"]
        sensitive_reads.record(
            client_id, sensitive_reads.CLINICAL_NOTE, sensitive_reads.clinical_note_ids(profile.get("notes")) + sealed
        )
        sensitive_reads.record(client_id, sensitive_reads.MEDICAL_FILE, sensitive_reads.medical_file_ids(files.get("files")))
        return {
            "client_id": client_id,
            "generated_at": datetime.now(UTC).isoformat(),
            **{service: sections.get(service) for service in EXPORT_SCOPES},
            "restricted_sections": [service for service in EXPORT_SCOPES if service not in allowed],
        }


@blp.route("/clients/<client_id>/erase")
class ClientErase(MethodView):
    @requires("clients:erase")
    @blp.arguments(EraseSchema)
    @blp.response(202, ErasureSchema)
    def post(self, data, client_id):
        """Erase the client's personal data everywhere (reason required): profile anonymises the record at once,
        every other service removes or anonymises what it holds when `client_erased` reaches it (financial
        records stay, anonymised); clinical notes, medical files and signed consents stay sealed for
        `CLINICAL_RETENTION_YEARS`. Answers 202 with the erasure; asking again answers the same erasure."""
        with rpc() as lease:
            erasure = lease.call("profile", "erase_client", client_id, data)
        return erasure, 202, {"Location": url_for("client_data.Erasure", erasure_id=erasure["id"])}


@blp.route("/erasures/<erasure_id>")
class Erasure(MethodView):
    @requires("clients:erase")
    @blp.response(200, ErasureSchema)
    def get(self, erasure_id):
        """An erasure's progress per service: `completed` once every service reported its part done."""
        with rpc() as lease:
            return lease.call("profile", "get_erasure", erasure_id)
