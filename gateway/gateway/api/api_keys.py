"""API keys with scopes and locations; the secret is shown once."""
from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.errors import Problem
from gateway.schemas.api_keys import ApiKeyCreateSchema, ApiKeyListSchema, ApiKeySchema

blp = Blueprint("api_keys", __name__, url_prefix="/api/v1/api-keys", description="API keys")


def _store():
    return current_app.extensions["clientcard.keys"]


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
        """Create a key; its `secret` is in this answer only."""
        locations = [str(x) for x in data.get("location_ids") or []] or None
        return _store().create(data["name"], data["scopes"], locations)


@blp.route("/<key_id>")
class ApiKey(MethodView):
    @requires("admin")
    @blp.response(204)
    def delete(self, key_id):
        """Revoke a key: it stops working at once. The key making the request cannot revoke itself."""
        if key_id == g.principal.key_id:
            raise Problem(409, "Conflict", "A key cannot revoke itself; use another admin key", code="key-in-use")
        try:
            revoked = _store().revoke(key_id)
        except ValueError:
            revoked = False
        if not revoked:
            raise Problem(404, "Not found", f"No active API key {key_id}")
