"""Cards on file: provider tokens with brand, last four digits and expiry, never card numbers."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.balance import CardOnFileCreateSchema, CardOnFileListSchema, CardOnFileSchema

blp = Blueprint("cards_on_file", __name__, url_prefix="/api/v1", description="Cards on file (tokens only)")


@blp.route("/clients/<client_id>/cards")
class ClientCards(MethodView):
    @requires("billing:read")
    @blp.response(200, CardOnFileListSchema)
    def get(self, client_id):
        """The client's cards on file."""
        with rpc() as lease:
            return lease.call("billing", "list_cards", client_id)

    @requires("billing:write")
    @blp.arguments(CardOnFileCreateSchema)
    @blp.response(201, CardOnFileSchema)
    def post(self, data, client_id):
        """Keep a provider's token; anything that looks like a card number is a 422 (accepts `Idempotency-Key`)."""
        with rpc() as lease:
            return lease.call("billing", "add_card", client_id, CardOnFileCreateSchema().dump(data), **idempotency())


@blp.route("/cards/<card_on_file_id>")
class Card(MethodView):
    @requires("billing:write")
    @blp.response(204)
    def delete(self, card_on_file_id):
        """Forget a card on file (accepts `Idempotency-Key`: a replay answers 204 again)."""
        with rpc() as lease:
            lease.call("billing", "delete_card", card_on_file_id, **idempotency())
