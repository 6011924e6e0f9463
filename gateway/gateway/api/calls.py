"""The call log of a client: direction, number, staff, when, how long, how it went, an optional recording."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from nameko.exceptions import RemoteError

from gateway.auth import requires
from gateway.errors import Problem, remote_status
from gateway.requests_ctx import rpc
from gateway.schemas.campaigns import CallCreateSchema, CallListSchema, CallSchema
from gateway.schemas.common import ListArgs

blp = Blueprint("calls", __name__, url_prefix="/api/v1/clients", description="The call log")


def _recording_of_client(lease, file_id: str, client_id: str) -> None:
    """A recording must be a file of this client (422 otherwise: the body names something it may not)."""
    try:
        record = lease.call("files", "get_file", file_id)
    except RemoteError as error:
        if remote_status(error) != 404:
            raise
        record = None
    if record is None or str(record.get("client_id")) != str(client_id):
        raise Problem(
            422,
            "Invalid call",
            "The recording is not a file of this client",
            code="invalid-input",
            errors={"recording_file_id": ["Not a file of this client."]},
        )


@blp.route("/<client_id>/calls")
class Calls(MethodView):
    @requires("messages:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, CallListSchema)
    def get(self, args, client_id):
        """The client's calls, newest first (they show in the timeline too, not in `messages`)."""
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            return lease.call("messaging", "list_calls", client_id, args["limit"], args["cursor"])

    @requires("messages:write")
    @blp.arguments(CallCreateSchema)
    @blp.response(201, CallSchema)
    def post(self, data, client_id):
        """Log a call; `recording_file_id` names a file of this client in the files service."""
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            if data.get("recording_file_id"):
                data["recording_file_id"] = str(data["recording_file_id"])
                _recording_of_client(lease, data["recording_file_id"], client_id)
            data["started_at"] = data["started_at"].isoformat()
            return lease.call("messaging", "log_call", client_id, data)
