"""A client's statistics over a period."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.statistics import StatisticsArgs, StatisticsSchema

blp = Blueprint("statistics", __name__, url_prefix="/api/v1/clients", description="Client statistics")


@blp.route("/<client_id>/statistics")
class Statistics(MethodView):
    @requires("billing:read")
    @blp.arguments(StatisticsArgs, location="query")
    @blp.response(200, StatisticsSchema)
    def get(self, args, client_id):
        """Sales, paid, outstanding, visits paid, average ticket, revenue per month, favourite services and
        staff, for invoices issued `from` .. `to` (days included; all time by default)."""
        date_from, date_to = args["date_from"], args["date_to"]
        with rpc() as lease:
            return lease.call(
                "billing",
                "get_statistics",
                client_id,
                date_from.isoformat() if date_from else None,
                date_to.isoformat() if date_to else None,
            )
