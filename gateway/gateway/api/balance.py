"""A client's balance: read it with its entries, top it up, adjust it, transfer credit to a linked client."""
from __future__ import annotations

from flask import g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import check_location, requires
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


def limit_to_client_locations(lease, client_id: str) -> None:
    """A location-limited key may touch only the money of clients homed at its locations (403 otherwise)."""
    if g.principal.location_ids is not None:
        check_location(lease.call("profile", "get_client", client_id).get("home_location_id"))


def limit_to_invoice_locations(lease, invoice_id: str) -> None:
    """A location-limited key may touch only invoices of its locations (or, without one, of its clients)."""
    if g.principal.location_ids is not None:
        invoice = lease.call("billing", "get_invoice", invoice_id)
        if invoice["location_id"]:
            check_location(invoice["location_id"])
        else:
            limit_to_client_locations(lease, invoice["client_id"])


@blp.route("/<client_id>/balance")
class Balance(MethodView):
    @requires("billing:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, BalanceSchema)
    def get(self, args, client_id):
        """`balance` = `credit` - `outstanding` (positive: prepaid; negative: owed), with the entries, newest first."""
        with rpc() as lease:
            limit_to_client_locations(lease, client_id)
            return lease.call("billing", "get_balance", client_id, args["limit"], args["cursor"])


def _post(method: str, client_id: str, schema, data):
    with rpc() as lease:
        limit_to_client_locations(lease, client_id)
        if data.get("to_client_id"):  # a transfer moves money into another client's account too
            limit_to_client_locations(lease, str(data["to_client_id"]))
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
