"""Campaigns: a newsletter to a segment of clients on one channel, with its counts, and its cancellation."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import check_location, location_limited
from gateway.auth import requires
from gateway.errors import Problem
from gateway.requests_ctx import rpc
from gateway.schemas.campaigns import CampaignCreateSchema, CampaignSchema

blp = Blueprint("campaigns", __name__, url_prefix="/api/v1/campaigns", description="Campaigns")


def _jsonable(segment: dict) -> dict:
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else str(value) if key == "location_id" and value else value
        for key, value in segment.items()
    }


@blp.route("")
class Campaigns(MethodView):
    @requires("messages:write")
    @blp.arguments(CampaignCreateSchema)
    @blp.response(201, CampaignSchema)
    def post(self, data):
        """Send to a segment (tags, categories, location, last visit before/after, tier): only clients who opted in
        to marketing on the channel and are not restricted get it; the rest count as suppressed. A segment without
        criteria, or one nobody is in, is a 422. A location-limited key sends only to its own locations."""
        segment = data["segment"]
        if location_limited():
            if not segment.get("location_id"):
                raise Problem(
                    403,
                    "Forbidden",
                    "A location-limited key must name one of its locations in the segment",
                    code="location-forbidden",
                )
            check_location(str(segment["location_id"]))
        with rpc() as lease:
            return lease.call("messaging", "create_campaign", {**data, "segment": _jsonable(segment)})


@blp.route("/<campaign_id>")
class Campaign(MethodView):
    @requires("messages:read")
    @blp.response(200, CampaignSchema)
    def get(self, campaign_id):
        """The campaign and its counts: queued, sent, delivered, suppressed, failed."""
        with rpc() as lease:
            return lease.call("messaging", "get_campaign", campaign_id)


@blp.route("/<campaign_id>/cancel")
class CancelCampaign(MethodView):
    @requires("messages:write")
    @blp.response(200, CampaignSchema)
    def post(self, campaign_id):
        """Stop sending: messages still queued become failed (`campaign cancelled`); sent ones stay sent."""
        with rpc() as lease:
            return lease.call("messaging", "cancel_campaign", campaign_id)
