"""Who read a client's clinical notes and medical files, when (admins only)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from clientcard_kit.cursors import BadCursor
from gateway import sensitive_reads
from gateway.auth import requires
from gateway.errors import Problem
from gateway.schemas.common import ListArgs
from gateway.schemas.sensitive_reads import SensitiveReadPageSchema

blp = Blueprint("sensitive_reads", __name__, url_prefix="/api/v1/clients", description="Reads of clinical data")


@blp.route("/<client_id>/sensitive-reads")
class SensitiveReads(MethodView):
    @requires("admin")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, SensitiveReadPageSchema)
    def get(self, args, client_id):
        """Every read of this client's clinical notes and medical files: key, time, route, request id; newest first."""
        try:
            return sensitive_reads.list_for_client(client_id, args["limit"], args["cursor"])
        except BadCursor:
            raise  # the kit's one 422 for a cursor this list did not give
        except ValueError as error:  # not a client id at all
            raise Problem(404, "Client not found", f"No client {client_id}", code="client-not-found") from error
