"""Likely duplicates, merging a duplicate into a client (with preview), and undoing a merge."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import require_visible_client
from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.merges import DuplicateListSchema, MergeRequestSchema, MergeResultSchema, UndoResultSchema

blp = Blueprint("merges", __name__, url_prefix="/api/v1", description="Duplicates and merges")


@blp.route("/clients/<client_id>/duplicates")
class Duplicates(MethodView):
    @requires("clients:read")
    @blp.response(200, DuplicateListSchema)
    def get(self, client_id):
        """Likely duplicates of this client: the same phone, the same email, or a very similar name."""
        with rpc() as lease:
            return lease.call("profile", "find_duplicates", client_id)


@blp.route("/clients/<client_id>/merge")
class Merge(MethodView):
    @requires("clients:write")
    @blp.arguments(MergeRequestSchema)
    @blp.response(200, MergeResultSchema)
    def post(self, data, client_id):
        """Merge `source_id` into this client; `preview: true` only says what would move and change.

        Notes and visits move here at once, every other service moves its records on `client_merged`;
        the duplicate is archived. Merging a client into itself is a 422; an already merged or archived
        survivor a 409. Undo within 30 days with `POST /merges/{id}/undo`.
        """
        payload = {"source_id": str(data["source_id"]), "preview": data["preview"], "keep": data.get("keep") or {}}
        with rpc() as lease:
            require_visible_client(lease, payload["source_id"])  # the duplicate's history comes here
            return lease.call("profile", "merge_clients", client_id, payload)


@blp.route("/merges/<merge_id>/undo")
class UndoMerge(MethodView):
    @requires("clients:write")
    @blp.response(200, UndoResultSchema)
    def post(self, merge_id):
        """Within 30 days: move back exactly what the merge moved and restore the duplicate (409 otherwise)."""
        with rpc() as lease:
            return lease.call("profile", "undo_merge", merge_id)
