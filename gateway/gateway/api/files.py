"""Files and photos per client: multipart upload, list, record with a short-lived link, content, delete.

Medical files need the clinical scope (`notes:clinical`) to be listed, read or stored.
"""
from __future__ import annotations

import base64
from urllib.parse import quote

from flask import Response, g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import require, requires
from gateway.errors import Problem
from gateway.requests_ctx import rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.files import ContentArgs, FileFormSchema, FileListSchema, FileSchema, FileUploadSchema

blp = Blueprint("files", __name__, url_prefix="/api/v1", description="Files, photos and consent forms")

CLINICAL = "notes:clinical"


def _may_see_medical() -> bool:
    return g.principal.has(CLINICAL)


def _visible(record: dict) -> dict:
    """A medical file is not found for a key without the clinical scope."""
    if record["kind"] == "medical" and not _may_see_medical():
        raise Problem(404, "File not found", "No such file")
    return record


@blp.route("/clients/<client_id>/files")
class ClientFiles(MethodView):
    @requires("files:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, FileListSchema)
    def get(self, args, client_id):
        """The client's files, newest first (medical ones only with the clinical scope)."""
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            return lease.call("files", "list_files", client_id, args["limit"], args["cursor"], _may_see_medical())

    @requires("files:write")
    @blp.arguments(FileUploadSchema, location="files")
    @blp.arguments(FileFormSchema, location="form")
    @blp.response(201, FileSchema)
    def post(self, files, form, client_id):
        """Upload one file (multipart: `file`, `kind`, `caption`); its type is sniffed from its bytes."""
        if form["kind"] == "medical":
            require(CLINICAL)
        upload = files["file"]
        upload_form = {
            "filename": upload.filename,
            "kind": form["kind"],
            "caption": form.get("caption"),
            "content_base64": base64.b64encode(upload.read()).decode(),
        }
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            return lease.call("files", "store_file", client_id, upload_form)


@blp.route("/files/<file_id>")
class File(MethodView):
    @requires("files:read")
    @blp.response(200, FileSchema)
    def get(self, file_id):
        """One file's record, with `download_url` valid for five minutes."""
        with rpc() as lease:
            return _visible(lease.call("files", "get_file", file_id))

    @requires("files:write")
    @blp.response(204)
    def delete(self, file_id):
        """Delete a file and its objects."""
        with rpc() as lease:
            _visible(lease.call("files", "get_file", file_id))
            lease.call("files", "delete_file", file_id)


@blp.route("/files/<file_id>/content")
class FileContent(MethodView):
    @requires("files:read")
    @blp.arguments(ContentArgs, location="query")
    @blp.response(200, content_type="application/octet-stream")
    def get(self, args, file_id):
        """The file's bytes (or its thumbnail with `?thumbnail=true`) with their sniffed type."""
        with rpc() as lease:
            found = _visible(lease.call("files", "get_file_content", file_id, args["thumbnail"]))
        return Response(
            base64.b64decode(found["content_base64"]),
            mimetype=found["content_type"],
            headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(found['filename'])}"},
        )
