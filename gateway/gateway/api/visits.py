"""Visits: appointments past and upcoming, idempotent by the booking system's `external_id`."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import check_location
from gateway.auth import requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.visits import VisitCreateSchema, VisitListArgs, VisitListSchema, VisitSchema, VisitUpdateSchema

blp = Blueprint("visits", __name__, url_prefix="/api/v1", description="Visits (appointments)")


@blp.route("/clients/<client_id>/visits")
class ClientVisits(MethodView):
    @requires("clients:read")
    @blp.arguments(VisitListArgs, location="query")
    @blp.response(200, VisitListSchema)
    def get(self, args, client_id):
        """The client's visits, latest start first."""
        with rpc() as lease:
            return lease.call(
                "profile", "list_visits", client_id, limit=args["limit"], cursor=args["cursor"], status=args.get("status")
            )

    @requires("clients:write")
    @blp.arguments(VisitCreateSchema)
    @blp.response(201, VisitSchema)
    @blp.alt_response(200, schema=VisitSchema, description="the visit with this `external_id` was updated")
    def post(self, data, client_id):
        """Book a visit (201), or update the one with the same `external_id` (200). An unknown `location_id` is a 422."""
        check_location(data.get("location_id"))
        with rpc() as lease:
            saved = lease.call("profile", "save_visit", client_id, VisitCreateSchema().dump(data), **idempotency())
        return saved["visit"], 201 if saved["created"] else 200


@blp.route("/visits/<visit_id>")
class Visit(MethodView):
    @requires("clients:write")
    @blp.arguments(VisitUpdateSchema)
    @blp.response(200, VisitSchema)
    def patch(self, data, visit_id):
        """Change a visit; `status: cancelled` announces the cancellation."""
        check_location(data.get("location_id"))
        with rpc() as lease:
            return lease.call("profile", "update_visit", visit_id, VisitUpdateSchema().dump(data))
