"""Loyalty: a client's points, tier and cards; issuing and deleting cards; adjustments, freezes, credits."""

from __future__ import annotations

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import require, requires
from gateway.requests_ctx import idempotency, rpc
from gateway.schemas.loyalty import (
    CreditAdjustmentSchema,
    LoyaltyCardCreateSchema,
    LoyaltyCardSchema,
    LoyaltySchema,
    MembershipCancelSchema,
    MembershipFreezeSchema,
    PointsAdjustmentSchema,
    PointsSchema,
)

blp = Blueprint("loyalty", __name__, url_prefix="/api/v1", description="Loyalty points, cards, memberships and credits")


def _existing_client(lease, client_id: str) -> None:
    """404 (from profile) unless the client exists: loyalty itself knows no clients."""
    lease.call("profile", "get_client", client_id)


@blp.route("/clients/<client_id>/loyalty")
class ClientLoyalty(MethodView):
    @requires("loyalty:read")
    @blp.response(200, LoyaltySchema)
    def get(self, client_id):
        """Points, tier, cards, gift cards, memberships, credits, what expires when, and the transactions."""
        with rpc() as lease:
            client = lease.call_async("profile", "get_client", client_id)
            loyalty = lease.call_async("loyalty", "get_loyalty", client_id)
            lease.result(client)  # an unknown client is a 404 even where loyalty has nothing
            return lease.result(loyalty)


@blp.route("/clients/<client_id>/loyalty-cards")
class ClientLoyaltyCards(MethodView):
    @requires("loyalty:write")
    @blp.arguments(LoyaltyCardCreateSchema)
    @blp.response(201, LoyaltyCardSchema)
    def post(self, data, client_id):
        """Issue a loyalty card, gift card, membership or credit pack (accepts `Idempotency-Key`)."""
        payload = LoyaltyCardCreateSchema().dump(data)
        with rpc() as lease:
            _existing_client(lease, client_id)
            card = lease.call("loyalty", "issue_card", client_id, payload, **idempotency())
        return card, 201, {"Location": url_for("loyalty.LoyaltyCard", card_id=card["id"])}


@blp.route("/loyalty-cards/<card_id>")
class LoyaltyCard(MethodView):
    @requires("loyalty:read")
    @blp.response(200, LoyaltyCardSchema)
    def get(self, card_id):
        """One card with the history of every transaction on it."""
        with rpc() as lease:
            return lease.call("loyalty", "get_card", card_id)

    @requires("loyalty:write")
    @blp.response(204)
    def delete(self, card_id):
        """Delete a card; its history stays, and a loyalty card's points stay with the client."""
        with rpc() as lease:
            lease.call("loyalty", "delete_card", card_id)


@blp.route("/loyalty-cards/<card_id>/adjustments")
class Adjustments(MethodView):
    @requires("loyalty:write")
    @blp.arguments(PointsAdjustmentSchema)
    @blp.response(201, PointsSchema)
    def post(self, data, card_id):
        """Accrue (positive) or write off (negative) points with a reason; beyond the balance is a 422.

        Accruals and write-offs need `loyalty:adjust`; a `redemption` (points spent on a reward at
        the desk) needs `loyalty:write`. Accepts `Idempotency-Key`.
        """
        if data.get("type", "adjustment") != "redemption":
            require("loyalty:adjust")
        with rpc() as lease:
            return lease.call("loyalty", "adjust_points", card_id, PointsAdjustmentSchema().dump(data), **idempotency())


@blp.route("/loyalty-cards/<card_id>/freeze")
class MembershipFreeze(MethodView):
    @requires("loyalty:write")
    @blp.arguments(MembershipFreezeSchema)
    @blp.response(200, LoyaltyCardSchema)
    def post(self, data, card_id):
        """Freeze a membership from `from` to `until`; `effect` shows how the next payment moved (`Idempotency-Key`)."""
        with rpc() as lease:
            return lease.call("loyalty", "freeze_membership", card_id, MembershipFreezeSchema().dump(data), **idempotency())


@blp.route("/loyalty-cards/<card_id>/unfreeze")
class MembershipUnfreeze(MethodView):
    @requires("loyalty:write")
    @blp.response(200, LoyaltyCardSchema)
    def post(self, card_id):
        """End a membership's freeze today; the next payment comes forward by the frozen days not taken."""
        with rpc() as lease:
            return lease.call("loyalty", "end_membership_freeze", card_id)


@blp.route("/loyalty-cards/<card_id>/cancel")
class MembershipCancel(MethodView):
    @requires("loyalty:write")
    @blp.arguments(MembershipCancelSchema)
    @blp.response(200, LoyaltyCardSchema)
    def post(self, data, card_id):
        """Cancel a membership: no next payment."""
        with rpc() as lease:
            return lease.call("loyalty", "cancel_membership", card_id, MembershipCancelSchema().dump(data))


@blp.route("/loyalty-cards/<card_id>/renewals")
class MembershipRenewals(MethodView):
    @requires("loyalty:write")
    @blp.arguments(MembershipCancelSchema)
    @blp.response(200, LoyaltyCardSchema)
    def post(self, data, card_id):
        """A membership period was paid: the next payment date moves one period on (send an `Idempotency-Key`)."""
        with rpc() as lease:
            return lease.call("loyalty", "renew_membership", card_id, MembershipCancelSchema().dump(data), **idempotency())


@blp.route("/loyalty-cards/<card_id>/credit-adjustments")
class CreditAdjustments(MethodView):
    @requires("loyalty:write")
    @blp.arguments(CreditAdjustmentSchema)
    @blp.response(200, LoyaltyCardSchema)
    def post(self, data, card_id):
        """Use (negative) or grant (positive) session credits with a reason (accepts `Idempotency-Key`).

        Using credits needs `loyalty:write`; granting credits needs `loyalty:adjust`. A linked
        family member may use a shareable pack (`used_by_client_id`).
        """
        if data["credits"] > 0:
            require("loyalty:adjust")
        with rpc() as lease:
            return lease.call("loyalty", "adjust_credits", card_id, CreditAdjustmentSchema().dump(data), **idempotency())
