"""Webhooks: integrators' subscriptions to domain events, their deliveries (scope `webhooks:manage`)."""

from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.errors import Problem
from gateway.schemas.common import ListArgs
from gateway.schemas.webhooks import (
    DeliveryArgs,
    DeliveryPageSchema,
    WebhookCreateSchema,
    WebhookPageSchema,
    WebhookSchema,
    WebhookUpdateSchema,
)
from gateway.webhooks import addresses, subscriptions
from gateway.webhooks.settings import WebhookSettings

blp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks", description="Webhooks")
SCOPE = "webhooks:manage"


def _engine():
    return current_app.extensions["clientcard.engine"]


def _settings() -> WebhookSettings:
    return current_app.extensions.setdefault("clientcard.webhooks", WebhookSettings.from_env())


def _locations():
    return g.principal.location_ids


def _check_url(url: str) -> None:
    try:
        addresses.check(url, allow_private=_settings().allow_private)
    except addresses.UrlRefused as error:
        raise Problem(422, "Invalid input", str(error), errors={"url": [str(error)]}, code="invalid-input") from error


def _not_found(webhook_id) -> Problem:
    return Problem(404, "Webhook not found", f"No webhook {webhook_id}", code="webhook-not-found")


@blp.route("")
class Webhooks(MethodView):
    @requires(SCOPE)
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, WebhookPageSchema)
    def get(self, args):
        """The subscriptions this key may manage, newest first (a location-limited key: its locations' own)."""
        return subscriptions.page(_engine(), _locations(), args["limit"], args["cursor"])

    @requires(SCOPE)
    @blp.arguments(WebhookCreateSchema)
    @blp.response(201, WebhookSchema)
    def post(self, data):
        """Subscribe a URL to event types. Deliveries carry only what this key may see (its scopes and
        locations). The `secret` is in this answer only. 422 for a URL that leads to a private address."""
        _check_url(data["url"])
        return subscriptions.create(
            _engine(),
            url=data["url"],
            events=data["events"],
            secret=data.get("secret") or subscriptions.new_secret(),
            description=data.get("description"),
            principal=g.principal,
        )


@blp.route("/<webhook_id>")
class Webhook(MethodView):
    @requires(SCOPE)
    @blp.response(200, WebhookSchema)
    def get(self, webhook_id):
        """One subscription, with why it was disabled if it was."""
        try:
            return subscriptions.get(_engine(), webhook_id, _locations())
        except subscriptions.WebhookNotFound as error:
            raise _not_found(webhook_id) from error

    @requires(SCOPE)
    @blp.arguments(WebhookUpdateSchema)
    @blp.response(200, WebhookSchema)
    def patch(self, data, webhook_id):
        """Change the URL, events, secret or description; `active: true` re-enables a disabled subscription."""
        if "url" in data:
            _check_url(data["url"])
        try:
            return subscriptions.update(_engine(), webhook_id, _locations(), data)
        except subscriptions.WebhookNotFound as error:
            raise _not_found(webhook_id) from error

    @requires(SCOPE)
    @blp.response(204)
    def delete(self, webhook_id):
        """Stop and forget a subscription and its deliveries."""
        try:
            subscriptions.delete(_engine(), webhook_id, _locations())
        except subscriptions.WebhookNotFound as error:
            raise _not_found(webhook_id) from error


@blp.route("/<webhook_id>/deliveries")
class Deliveries(MethodView):
    @requires(SCOPE)
    @blp.arguments(DeliveryArgs, location="query")
    @blp.response(200, DeliveryPageSchema)
    def get(self, args, webhook_id):
        """Deliveries newest first, each with its attempts (time, status code, error, duration)."""
        try:
            return subscriptions.deliveries(
                _engine(), webhook_id, _locations(), limit=args["limit"], cursor=args["cursor"], status=args["status"]
            )
        except subscriptions.WebhookNotFound as error:
            raise _not_found(webhook_id) from error
