"""A client's balance: read it with its entries, top it up, adjust it, transfer credit to a linked client."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import require_visible_client
from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.balance import (
    AdjustmentCreateSchema,
    BalanceSchema,
    MovementSchema,
    TopUpCreateSchema,
    TransferCreateSchema,
)
from gateway.schemas.common import ListArgs

blp = Blueprint("balance", __name__, url_prefix="/api/v1/clients", description="Account balance (a ledger)")


@blp.route("/<client_id>/balance")
class Balance(MethodView):
    @requires("billing:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, BalanceSchema)
    def get(self, args, client_id):
        """`balance` = `credit` - `outstanding` (positive: prepaid; negative: owed), with the entries, newest first."""
        with rpc() as lease:
            return lease.call("billing", "get_balance", client_id, args["limit"], args["cursor"])


def _post(method: str, client_id: str, schema, data):
    with rpc() as lease:
        if data.get("to_client_id"):  # a transfer moves money into another client's account: one the key sees
            require_visible_client(lease, data["to_client_id"])
        return lease.call("billing", method, client_id, schema().dump(data), **idempotency())


@blp.route("/<client_id>/balance/top-ups")
class TopUps(MethodView):
    @requires("billing:write")
    @blp.arguments(TopUpCreateSchema)
    @blp.response(201, MovementSchema)
    def post(self, data, client_id):
        """Add prepaid credit received by cash, card or bank transfer (accepts `Idempotency-Key`)."""
        return _post("top_up", client_id, TopUpCreateSchema, data)


@blp.route("/<client_id>/balance/adjustments")
class Adjustments(MethodView):
    @requires("billing:adjust")
    @blp.arguments(AdjustmentCreateSchema)
    @blp.response(201, MovementSchema)
    def post(self, data, client_id):
        """A signed manual adjustment with its reason (scope `billing:adjust`; accepts `Idempotency-Key`)."""
        return _post("adjust_balance", client_id, AdjustmentCreateSchema, data)


@blp.route("/<client_id>/balance/transfers")
class Transfers(MethodView):
    @requires("billing:write")
    @blp.arguments(TransferCreateSchema)
    @blp.response(201, MovementSchema)
    def post(self, data, client_id):
        """Move credit to a linked client; more than the credit is a 422 (accepts `Idempotency-Key`)."""
        return _post("transfer_credit", client_id, TransferCreateSchema, data)
