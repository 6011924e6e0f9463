"""Clients: create, read, and the unified card."""
from __future__ import annotations

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import card
from gateway.auth import check_location, requires
from gateway.requests_ctx import idempotency, rpc, settings
from gateway.schemas.clients import CardSchema, ClientCreateSchema, ClientSchema

blp = Blueprint("clients", __name__, url_prefix="/api/v1/clients", description="Client records and the card")


def _etag(client: dict) -> str:
    return f'"{client["version"]}"'


@blp.route("")
class Clients(MethodView):
    @requires("clients:write")
    @blp.arguments(ClientCreateSchema)
    @blp.response(201, ClientSchema)
    def post(self, data):
        """Create a client (accepts `Idempotency-Key`)."""
        check_location(data.get("home_location_id"))
        payload = ClientCreateSchema().dump(data)
        with rpc() as lease:
            client = lease.call("profile", "create_client", payload, **idempotency())
        return client, 201, {"Location": url_for("clients.Client", client_id=client["id"]), "ETag": _etag(client)}


@blp.route("/<client_id>")
class Client(MethodView):
    @requires("clients:read")
    @blp.response(200, ClientSchema)
    def get(self, client_id):
        """One client record, with its `ETag`."""
        with rpc() as lease:
            client = lease.call("profile", "get_client", client_id)
        return client, 200, {"ETag": _etag(client)}


@blp.route("/<client_id>/card")
class Card(MethodView):
    @requires("clients:read")
    @blp.response(200, CardSchema)
    def get(self, client_id):
        """The unified card, assembled from every service within the card's time budget."""
        config = settings()
        with rpc() as lease:
            return card.assemble(lease, client_id, config.services, config.card_budget_s)
