"""Gift-card balance check by code."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.loyalty import LoyaltyCardSchema

blp = Blueprint("gift_cards", __name__, url_prefix="/api/v1/gift-cards", description="Gift cards")


@blp.route("/<code>")
class GiftCard(MethodView):
    @requires("loyalty:read")
    @blp.response(200, LoyaltyCardSchema)
    def get(self, code):
        """The gift card behind a code: initial and remaining value, expiry, status."""
        with rpc() as lease:
            return lease.call("loyalty", "get_gift_card", code)
