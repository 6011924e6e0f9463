"""A client's messages on every channel, and their notification preferences."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.messages import (
    MessageCreateSchema,
    MessageListSchema,
    MessageSchema,
    PreferenceChangeListSchema,
    PreferencesSchema,
    PreferencesUpdateSchema,
)

blp = Blueprint("messages", __name__, url_prefix="/api/v1/clients", description="Messages and notification preferences")


def _known_client(lease, client_id: str) -> dict:
    return lease.call("profile", "get_client", client_id)  # a 404 for a client that does not exist


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
        """Send one message; `suppressed` when the client opted out, or is restricted and it is not transactional
        (accepts `Idempotency-Key`)."""
        with rpc() as lease:
            client = _known_client(lease, client_id)
            return lease.call(
                "messaging",
                "send_message",
                client_id,
                _jsonable(data),
                **idempotency(),
                restricted=bool(client.get("restricted")),
            )


@blp.route("/<client_id>/notification-preferences")
class NotificationPreferences(MethodView):
    @requires("messages:read")
    @blp.response(200, PreferencesSchema)
    def get(self, client_id):
        """Choices per channel and per notification type: marketing off until the client opts in, the rest on."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "get_notification_preferences", client_id)

    @requires("messages:write")
    @blp.arguments(PreferencesUpdateSchema)
    @blp.response(200, PreferencesSchema)
    def put(self, data, client_id):
        """Set channels and types; those not named keep their value. Logged with this key, the source and the
        wording shown to the client (see `preference-changes`)."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "set_notification_preferences", client_id, data)


@blp.route("/<client_id>/notification-preferences/changes")
class PreferenceChanges(MethodView):
    @requires("messages:read")
    @blp.response(200, PreferenceChangeListSchema)
    def get(self, client_id):
        """Every change of the client's preferences, newest first: who, when, from where, the wording shown."""
        with rpc() as lease:
            _known_client(lease, client_id)
            return lease.call("messaging", "list_preference_changes", client_id)


def _jsonable(data: dict) -> dict:
    return {key: str(value) if key == "location_id" and value is not None else value for key, value in data.items()}
