"""Notes on a client: pinned first; clinical notes only for keys with `notes:clinical`."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import access, sensitive_reads
from gateway.auth import require, requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.notes import (
    AcknowledgeSchema,
    NoteCreateSchema,
    NoteListArgs,
    NoteListSchema,
    NoteSchema,
    NoteUpdateSchema,
)

blp = Blueprint("notes", __name__, url_prefix="/api/v1", description="Client notes and alerts")

CLINICAL_SCOPE = access.CLINICAL_NOTES


def _clinical_allowed() -> bool:
    return access.may(CLINICAL_SCOPE)


@blp.route("/clients/<client_id>/notes")
class ClientNotes(MethodView):
    @requires("clients:read")
    @blp.arguments(NoteListArgs, location="query")
    @blp.response(200, NoteListSchema)
    def get(self, args, client_id):
        """Pinned first, then newest; clinical notes are left out unless the key has `notes:clinical`
        (every read of one is audited)."""
        with rpc() as lease:
            page = lease.call(
                "profile",
                "list_notes",
                client_id,
                include_clinical=_clinical_allowed(),
                kind=args.get("kind"),
                limit=args["limit"],
                cursor=args["cursor"],
            )
        page["items"] = [note for note in page["items"] if access.note_visible(note)]
        sensitive_reads.record(client_id, sensitive_reads.CLINICAL_NOTE, sensitive_reads.clinical_note_ids(page["items"]))
        return page

    @requires("clients:write")
    @blp.arguments(NoteCreateSchema)
    @blp.response(201, NoteSchema)
    def post(self, data, client_id):
        """Write a note signed by the API key; a `clinical` one needs `notes:clinical` (403). Accepts `Idempotency-Key`."""
        if data.get("kind") == "clinical":
            require(CLINICAL_SCOPE)
        with rpc() as lease:
            return lease.call(
                "profile",
                "add_note",
                client_id,
                NoteCreateSchema().dump(data),
                clinical_allowed=_clinical_allowed(),
                **idempotency(),
            )


@blp.route("/notes/<note_id>")
class Note(MethodView):
    @requires("clients:write")
    @blp.arguments(NoteUpdateSchema)
    @blp.response(200, NoteSchema)
    def patch(self, data, note_id):
        """Change the body, kind or pinning; clinical notes need `notes:clinical` (403)."""
        if data.get("kind") == "clinical":
            require(CLINICAL_SCOPE)
        with rpc() as lease:
            return lease.call(
                "profile", "update_note", note_id, NoteUpdateSchema().dump(data), clinical_allowed=_clinical_allowed()
            )

    @requires("clients:write")
    @blp.response(204)
    def delete(self, note_id):
        """Delete a note (it leaves every list and the card)."""
        with rpc() as lease:
            lease.call("profile", "delete_note", note_id, clinical_allowed=_clinical_allowed())


@blp.route("/notes/<note_id>/acknowledge")
class Acknowledge(MethodView):
    @requires("clients:write")
    @blp.arguments(AcknowledgeSchema)
    @blp.response(200, NoteSchema)
    def post(self, data, note_id):
        """A staff member confirms they saw an alert (who and when are kept; the first acknowledgement stands)."""
        with rpc() as lease:
            return lease.call(
                "profile",
                "acknowledge_note",
                note_id,
                staff_name=data.get("staff"),
                clinical_allowed=_clinical_allowed(),
            )
