"""Clients: create, search, read, update, archive and restore, audit trail, and the unified card."""

from __future__ import annotations

from flask import Response, g, request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import access, card_reads, profile_photos, rate_limit, sensitive_reads
from gateway.access import check_location
from gateway.auth import require, requires
from gateway.requests_ctx import etag, expected_version, idempotency, rpc
from gateway.schemas.clients import (
    AuditPageSchema,
    CardSchema,
    ClientCreateSchema,
    ClientPageSchema,
    ClientPatchSchema,
    ClientSchema,
    ClientSearchArgs,
    ProfilePhotoSchema,
)
from gateway.schemas.common import ListArgs

blp = Blueprint("clients", __name__, url_prefix="/api/v1/clients", description="Client records and the card")


def _limited_locations() -> list[str] | None:
    """The key's locations when it is limited to some, else None (every location)."""
    allowed = g.principal.location_ids
    return sorted(allowed) if allowed is not None else None


@blp.route("")
class Clients(MethodView):
    @requires("clients:read")
    @blp.arguments(ClientSearchArgs, location="query")
    @blp.response(200, ClientPageSchema)
    def get(self, args):
        """Search and filter: `q` finds by name, phone (any format), email or card number; archived
        clients only with `status=archived|all`; `{items, next_cursor}`."""
        check_location(args.get("location_id"))
        payload = ClientSearchArgs().dump(args)
        payload["location_ids"] = _limited_locations()
        with rpc() as lease:
            return lease.call("profile", "search_clients", payload)

    @requires("clients:write")
    @blp.arguments(ClientCreateSchema)
    @blp.response(201, ClientSchema)
    def post(self, data):
        """Create a client (accepts `Idempotency-Key`); unknown, mistyped or missing required custom
        fields, unparseable phones and unknown locations are 422s naming the field."""
        check_location(data.get("home_location_id"))
        payload = ClientCreateSchema().dump(data)
        with rpc() as lease:
            client = lease.call("profile", "create_client", payload, **idempotency())
        return client, 201, {"Location": url_for("clients.Client", client_id=client["id"]), "ETag": etag(client)}


@blp.route("/<client_id>")
class Client(MethodView):
    @requires("clients:read")
    @blp.response(200, ClientSchema)
    def get(self, client_id):
        """One client record, with its `ETag`."""
        with rpc() as lease:
            client = lease.call("profile", "get_client", client_id)
        return client, 200, {"ETag": etag(client)}

    @requires("clients:write")
    @blp.arguments(ClientPatchSchema)
    @blp.response(200, ClientSchema)
    def patch(self, data, client_id):
        """Change only the fields sent (custom fields key by key); `If-Match` with the last `ETag`
        makes a stale write a 412. Answers the new record and `ETag`."""
        version = expected_version()
        check_location(data.get("home_location_id"))
        payload = ClientPatchSchema().dump(data)
        with rpc() as lease:
            client = lease.call("profile", "update_client", client_id, payload, version)
        return client, 200, {"ETag": etag(client)}


def _set_status(method: str, client_id: str):
    version = expected_version()
    with rpc() as lease:
        client = lease.call("profile", method, client_id, version)
    return client, 200, {"ETag": etag(client)}


@blp.route("/<client_id>/archive")
class Archive(MethodView):
    @requires("clients:write")
    @blp.response(200, ClientSchema)
    def post(self, client_id):
        """Archive instead of delete: out of default searches, history kept; archiving twice is harmless."""
        return _set_status("archive_client", client_id)


@blp.route("/<client_id>/restore")
class Restore(MethodView):
    @requires("clients:write")
    @blp.response(200, ClientSchema)
    def post(self, client_id):
        """Bring an archived client back (409 if an active client now holds its card number)."""
        return _set_status("restore_client", client_id)


@blp.route("/<client_id>/photo")
class ProfilePhoto(MethodView):
    @requires("clients:write")
    @blp.arguments(ProfilePhotoSchema)
    @blp.response(200, ClientSchema)
    def put(self, data, client_id):
        """Make one of the client's photos (kind `photo`, an image) their profile photo; also needs
        `files:read`. Another client's file, a file that is not a photo, or one that does not exist is a
        422 naming `file_id`. Accepts `If-Match`; answers the record with `photo_file_id` and its `ETag`.
        Deleting the file clears the photo."""
        require("files:read")
        version = expected_version()
        file_id = str(data["file_id"])
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)  # an unknown client is a 404 before the file's 422
            profile_photos.check_photo(lease, client_id, file_id)
            client = lease.call("profile", "set_profile_photo", client_id, file_id, version)
            profile_photos.forget_if_deleted_meanwhile(lease, file_id)
        return client, 200, {"ETag": etag(client)}

    @requires("clients:write")
    @blp.response(200, ClientSchema)
    def delete(self, client_id):
        """Show no profile photo (the file stays); clearing twice is harmless. Accepts `If-Match`."""
        version = expected_version()
        with rpc() as lease:
            client = lease.call("profile", "set_profile_photo", client_id, None, version)
        return client, 200, {"ETag": etag(client)}


@blp.route("/<client_id>/audit")
class Audit(MethodView):
    @requires("clients:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, AuditPageSchema)
    def get(self, args, client_id):
        """Who changed which field from what to what, when, under which request id; newest first."""
        with rpc() as lease:
            return lease.call("profile", "list_client_audit", client_id, args["limit"], args.get("cursor"))


@blp.route("/<client_id>/card")
@rate_limit.joins_rate_limit
@access.checks_client_itself
class Card(MethodView):
    @requires("clients:read")
    @blp.response(200, CardSchema)
    def get(self, client_id):
        """The unified card, assembled from every service within the card's time budget. Sections the
        key's scopes do not cover are null and named in `restricted_sections`; clinical alerts need
        `notes:clinical` and medical files `files:medical` (every such read is audited)."""
        view = access.card_view()
        read = card_reads.read(client_id, view)
        answer = read.answer
        clinical = sensitive_reads.clinical_note_ids(answer["alerts"])
        medical = sensitive_reads.medical_file_ids((answer["files"] or {}).get("recent"))
        sensitive_reads.record(client_id, sensitive_reads.CLINICAL_NOTE, clinical)
        sensitive_reads.record(client_id, sensitive_reads.MEDICAL_FILE, medical)
        body, tag = card_reads.body_and_etag(answer)
        if not clinical and not medical:  # a body whose every read must be recorded stays with this path
            card_reads.remember_body(client_id, view, read, body, tag)
        headers = {"ETag": tag, "Cache-Control": "private, no-cache"}
        if tag in request.headers.get("If-None-Match", ""):
            return Response(status=304, headers=headers)
        # already laid out by card.compose: serialised once here, not again by the schema
        return Response(body, mimetype="application/json", headers=headers)
