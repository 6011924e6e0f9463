"""A client's messages on every channel, and their notification preferences."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.messages import MessageCreateSchema, MessageListSchema, MessageSchema, PreferencesSchema

blp = Blueprint("messages", __name__, url_prefix="/api/v1/clients", description="Messages and notification preferences")


def _known_client(lease, client_id: str) -> None:
    lease.call("profile", "get_client", client_id)  # a 404 for a client that does not exist


@blp.route("/<client_id>/messages")
class Messages(MethodView):
    @requires("messages:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, MessageListSchema)
    def get(self, args, client_id):
        """The client's message history across sms, email and push, newest first."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "list_messages", client_id, args["limit"], args["cursor"])

    @requires("messages:write")
    @blp.arguments(MessageCreateSchema)
    @blp.response(201, MessageSchema)
    def post(self, data, client_id):
        """Send one message; `suppressed` when the client opted out (accepts `Idempotency-Key`)."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "send_message", client_id, data, **idempotency())


@blp.route("/<client_id>/notification-preferences")
class NotificationPreferences(MethodView):
    @requires("messages:read")
    @blp.response(200, PreferencesSchema)
    def get(self, client_id):
        """Opt-outs per channel and per notification type (everything allowed by default)."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "get_notification_preferences", client_id)

    @requires("messages:write")
    @blp.arguments(PreferencesSchema)
    @blp.response(200, PreferencesSchema)
    def put(self, data, client_id):
        """Set channels and types; those not named keep their value."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "set_notification_preferences", client_id, data)
