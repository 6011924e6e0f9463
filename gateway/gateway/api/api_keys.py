"""API keys with scopes, locations, expiry and rate limits; the secret is shown once. Admin only."""

from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.errors import Problem
from gateway.schemas.api_keys import (
    ApiKeyCreateSchema,
    ApiKeyListSchema,
    ApiKeyRateLimitSchema,
    ApiKeyRotateSchema,
    ApiKeySchema,
)

blp = Blueprint("api_keys", __name__, url_prefix="/api/v1/api-keys", description="API keys")


def _store():
    return current_app.extensions["clientcard.keys"]


def _not_found(key_id: str) -> Problem:
    return Problem(404, "Not found", f"No active API key {key_id}")


@blp.route("")
class ApiKeys(MethodView):
    @requires("admin")
    @blp.response(200, ApiKeyListSchema)
    def get(self):
        """Every key, without secrets."""
        return {"items": _store().list(), "next_cursor": None}

    @requires("admin")
    @blp.arguments(ApiKeyCreateSchema)
    @blp.response(201, ApiKeySchema)
    def post(self, data):
        """Create a key; its `secret` is in this answer only. 422 for an unknown scope or a past `expires_at`."""
        locations = [str(x) for x in data.get("location_ids") or []] or None
        return _store().create(
            data["name"], data["scopes"], locations, expires_at=data.get("expires_at"), rate_limit=data.get("rate_limit")
        )


@blp.route("/<key_id>")
class ApiKey(MethodView):
    @requires("admin")
    @blp.arguments(ApiKeyRateLimitSchema)
    @blp.response(200, ApiKeySchema)
    def patch(self, data, key_id):
        """Set the key's `rate_limit` (requests a minute; null: the default, 0: unlimited). 404 if revoked."""
        key = _store().set_rate_limit(key_id, data["rate_limit"])
        if key is None:
            raise _not_found(key_id)
        return key

    @requires("admin")
    @blp.response(204)
    def delete(self, key_id):
        """Revoke a key: it stops working at once. The key making the request cannot revoke itself."""
        if key_id == g.principal.key_id:
            raise Problem(409, "Conflict", "A key cannot revoke itself; use another admin key", code="key-in-use")
        if not _store().revoke(key_id):
            raise _not_found(key_id)


@blp.route("/<key_id>/rotate")
class ApiKeyRotation(MethodView):
    @requires("admin")
    @blp.arguments(ApiKeyRotateSchema)
    @blp.response(200, ApiKeySchema)
    def post(self, data, key_id):
        """A new `secret` (shown once); the current one keeps working for `grace_seconds`. 404 if revoked."""
        key = _store().rotate(key_id, data["grace_seconds"])
        if key is None:
            raise _not_found(key_id)
        return key
