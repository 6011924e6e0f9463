"""Files and photos per client: uploads streamed through the gateway or straight to storage, lists,
before/after pairs, records with a public link, streamed content, delete.

Medical files and signed consents need `files:medical` to be listed, read or stored; every read of one is audited.
"""

from __future__ import annotations

import time

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import access, sensitive_reads
from gateway.api import file_streams
from gateway.auth import require, requires
from gateway.errors import Problem
from gateway.input_guard import plain_filename
from gateway.requests_ctx import rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.files import (
    ContentArgs,
    DirectUploadRequestSchema,
    DirectUploadSchema,
    FileFormSchema,
    FileListSchema,
    FileSchema,
    FileUploadSchema,
    PhotoPairListSchema,
)

blp = Blueprint("files", __name__, url_prefix="/api/v1", description="Files, photos and consent forms")

MEDICAL = access.MEDICAL_FILES
HEALTH_KINDS = ("medical", "signed_consent")
MULTIPART_OVERHEAD = 1024 * 1024  # the form's other fields and boundaries around the file
_limit = {"max_bytes": None, "until": 0.0}


def _upload_body_limit() -> int:
    """The files service's size limit (asked once a minute), plus the form around the file."""
    if time.monotonic() > _limit["until"]:
        with rpc() as lease:
            _limit.update(max_bytes=lease.call("files", "upload_limits")["max_bytes"], until=time.monotonic() + 60)
    return _limit["max_bytes"] + MULTIPART_OVERHEAD


def upload_limit(view):
    """Mark an upload view: body_limits applies the files service's limit before anything reads the body
    (so a body over it is a 413 at once, and one within it may exceed the app's default; multipart
    files are spooled to disk, not memory)."""
    view.body_limit = _upload_body_limit
    return view


def _read(record: dict) -> dict:
    """The record if the key may see its kind (else the 404 of an unknown file); a health record's read is audited."""
    access.require_visible_file(record)
    if record["kind"] in HEALTH_KINDS:
        if not access.may(MEDICAL):
            raise access.hidden("File not found", record.get("id"))
        sensitive_reads.record(record["client_id"], sensitive_reads.MEDICAL_FILE, [record["id"]])
    return record


def _meta(form: dict, lease, client_id: str, filename: str | None) -> dict:
    """The upload's description for the files service; a visit must be one of the client's (else 422)."""
    if form["kind"] == "medical":
        require(MEDICAL)
    lease.call("profile", "get_client", client_id)
    visit_id = str(form["visit_id"]) if form.get("visit_id") else None
    if visit_id and lease.call("profile", "get_visit_owner", visit_id)["client_id"] != client_id:
        raise Problem(422, "Invalid input", "The visit is another client's", errors={"visit_id": ["Not this client's visit."]})
    return {
        "filename": plain_filename(filename),
        "kind": form["kind"],
        "caption": form.get("caption"),
        "visit_id": visit_id,
        "pair_id": str(form["pair_id"]) if form.get("pair_id") else None,
        "stage": form.get("stage"),
    }


@blp.route("/clients/<client_id>/files")
class ClientFiles(MethodView):
    @requires("files:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, FileListSchema)
    def get(self, args, client_id):
        """The client's files, newest first (medical ones and signed consents only with `files:medical`)."""
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            page = lease.call("files", "list_files", client_id, args["limit"], args["cursor"], access.may(MEDICAL))
        page["items"] = [record for record in page["items"] if access.file_visible(record)]
        read = [record["id"] for record in page["items"] if record["kind"] in HEALTH_KINDS]
        sensitive_reads.record(client_id, sensitive_reads.MEDICAL_FILE, read)
        return page

    @requires("files:write")
    @upload_limit
    @blp.arguments(FileUploadSchema, location="files")
    @blp.arguments(FileFormSchema, location="form")
    @blp.response(201, FileSchema)
    @blp.alt_response(413, description="Over the size limit (FILES_MAX_BYTES, default 50 MB)")
    @blp.alt_response(415, description="A HEIC image that cannot be decoded")
    def post(self, files, form, client_id):
        """Upload one file (multipart: `file`, `kind`, `caption`, and `pair_id`/`stage`/`visit_id` for
        before/after photos). Streamed to the files service; its type is sniffed from its bytes."""
        upload = files["file"]
        with rpc() as lease:
            ticket = lease.call("files", "open_upload", client_id, _meta(form, lease, client_id, upload.filename))
        return file_streams.send(upload, ticket)


@blp.route("/clients/<client_id>/uploads")
class DirectUploads(MethodView):
    @requires("files:write")
    @blp.arguments(DirectUploadRequestSchema)
    @blp.response(201, DirectUploadSchema)
    def post(self, data, client_id):
        """Start a direct upload: a presigned POST to storage; then `POST /uploads/{id}/complete`."""
        with rpc() as lease:
            return lease.call("files", "start_direct_upload", client_id, _meta(data, lease, client_id, data["filename"]))


@blp.route("/uploads/<upload_id>/complete")
class CompleteUpload(MethodView):
    @requires("files:write")
    @blp.response(201, FileSchema)
    def post(self, upload_id):
        """Check what arrived in storage (size, type, name) and record it, or remove it with a 4xx."""
        with rpc() as lease:
            return lease.call("files", "complete_direct_upload", upload_id)


@blp.route("/clients/<client_id>/photo-pairs")
class PhotoPairs(MethodView):
    @requires("files:read")
    @blp.response(200, PhotoPairListSchema)
    def get(self, client_id):
        """Before/after photos side by side, the newest pair first."""
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            return lease.call("files", "list_photo_pairs", client_id)


@blp.route("/files/<file_id>")
class File(MethodView):
    @requires("files:read")
    @blp.response(200, FileSchema)
    def get(self, file_id):
        """One file's record, with `download_url` for the public S3 endpoint, valid for five minutes."""
        with rpc() as lease:
            return _read(lease.call("files", "get_file", file_id))

    @requires("files:write")
    @blp.response(204)
    def delete(self, file_id):
        """Delete a file and its objects."""
        with rpc() as lease:
            access.require_visible_file(lease.call("files", "get_file", file_id))
            lease.call("files", "delete_file", file_id)


@blp.route("/files/<file_id>/content")
class FileContent(MethodView):
    @requires("files:read")
    @blp.arguments(ContentArgs, location="query")
    @blp.response(200, content_type="application/octet-stream")
    def get(self, args, file_id):
        """The file's bytes streamed in chunks (or its `thumbnail`/`preview`), with their sniffed type."""
        variant = "thumbnail" if args["thumbnail"] else args["variant"]
        with rpc() as lease:
            ticket = _read(lease.call("files", "open_download", file_id, variant))
        return file_streams.relay(ticket, disposition="attachment" if args["download"] else "inline")
