"""Invoices: issue and list a client's, read one, pay it, refund it, void it."""

from __future__ import annotations

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import check_location, require_visible_client
from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.invoices import (
    InvoiceCreateSchema,
    InvoicePageSchema,
    InvoiceSchema,
    PaymentCreateSchema,
    RefundCreateSchema,
    VoidSchema,
)

blp = Blueprint("invoices", __name__, url_prefix="/api/v1", description="Invoices, payments and refunds")


@blp.route("/clients/<client_id>/invoices")
class ClientInvoices(MethodView):
    @requires("billing:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, InvoicePageSchema)
    def get(self, args, client_id):
        """The client's invoices, newest first: `{items, next_cursor}`."""
        with rpc() as lease:
            return lease.call("billing", "list_invoices", client_id, args["limit"], args["cursor"])

    @requires("billing:write")
    @blp.arguments(InvoiceCreateSchema)
    @blp.response(201, InvoiceSchema)
    def post(self, data, client_id):
        """Issue an invoice; the client's personal discount applies unless `discount_percent` is given
        (accepts `Idempotency-Key`). An unknown `location_id` is a 422."""
        check_location(data.get("location_id"))
        with rpc() as lease:
            invoice = lease.call("billing", "create_invoice", client_id, InvoiceCreateSchema().dump(data), **idempotency())
        return invoice, 201, {"Location": url_for("invoices.Invoice", invoice_id=invoice["id"])}


@blp.route("/invoices/<invoice_id>")
class Invoice(MethodView):
    @requires("billing:read")
    @blp.response(200, InvoiceSchema)
    def get(self, invoice_id):
        """One invoice with its lines, payments and refunds."""
        with rpc() as lease:
            return lease.call("billing", "get_invoice", invoice_id)


def _post(method: str, invoice_id: str, schema, data):
    with rpc() as lease:
        if data.get("payer_client_id"):  # a linked client's balance is their money: one the key must see
            require_visible_client(lease, data["payer_client_id"])
        return lease.call("billing", method, invoice_id, schema().dump(data), **idempotency())


@blp.route("/invoices/<invoice_id>/payments")
class Payments(MethodView):
    @requires("billing:write")
    @blp.arguments(PaymentCreateSchema)
    @blp.response(201, InvoiceSchema)
    def post(self, data, invoice_id):
        """Pay (part of) the invoice by cash, card, account balance or gift card; more than is due, or more
        than the balance or gift card holds, is a 422 (accepts `Idempotency-Key`). Answers the invoice."""
        return _post("record_payment", invoice_id, PaymentCreateSchema, data)


@blp.route("/invoices/<invoice_id>/refunds")
class Refunds(MethodView):
    @requires("billing:write")
    @blp.arguments(RefundCreateSchema)
    @blp.response(201, InvoiceSchema)
    def post(self, data, invoice_id):
        """Refund to the `original` method or to the `account_balance` (accepts `Idempotency-Key`)."""
        return _post("issue_refund", invoice_id, RefundCreateSchema, data)


@blp.route("/invoices/<invoice_id>/void")
class Void(MethodView):
    @requires("billing:write")
    @blp.arguments(VoidSchema)
    @blp.response(200, InvoiceSchema)
    def post(self, data, invoice_id):
        """Void an invoice with nothing paid on it (refund first); accepts `Idempotency-Key`."""
        return _post("void_invoice", invoice_id, VoidSchema, data)
