"""Clients: create, search, read, update, archive and restore, audit trail, and the unified card."""
from __future__ import annotations

from flask import g, url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import card
from gateway.auth import check_location, requires
from gateway.requests_ctx import breakers, etag, expected_version, idempotency, rpc, settings
from gateway.schemas.clients import (
    AuditPageSchema,
    CardSchema,
    ClientCreateSchema,
    ClientPageSchema,
    ClientPatchSchema,
    ClientSchema,
    ClientSearchArgs,
)
from gateway.schemas.common import ListArgs

blp = Blueprint("clients", __name__, url_prefix="/api/v1/clients", description="Client records and the card")


def _limited_locations() -> list[str] | None:
    """The key's locations when it is limited to some, else None (every location)."""
    allowed = g.principal.location_ids
    return sorted(allowed) if allowed is not None else None


def _check_client_location(lease, client_id: str) -> None:
    """A location-limited key may touch only clients homed at its locations (403 otherwise)."""
    if _limited_locations() is not None:
        check_location(lease.call("profile", "get_client", client_id).get("home_location_id"))


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
        check_location(client.get("home_location_id") if _limited_locations() is not None else None)
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
            _check_client_location(lease, client_id)
            client = lease.call("profile", "update_client", client_id, payload, version)
        return client, 200, {"ETag": etag(client)}


def _set_status(method: str, client_id: str):
    version = expected_version()
    with rpc() as lease:
        _check_client_location(lease, client_id)
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


@blp.route("/<client_id>/audit")
class Audit(MethodView):
    @requires("clients:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, AuditPageSchema)
    def get(self, args, client_id):
        """Who changed which field from what to what, when, under which request id; newest first."""
        with rpc() as lease:
            _check_client_location(lease, client_id)
            return lease.call("profile", "list_client_audit", client_id, args["limit"], args.get("cursor"))


@blp.route("/<client_id>/card")
class Card(MethodView):
    @requires("clients:read")
    @blp.response(200, CardSchema)
    def get(self, client_id):
        """The unified card, assembled from every service within the card's time budget."""
        config = settings()
        with rpc() as lease:
            return card.assemble(lease, client_id, config.services, config.card_budget_s, breakers())
