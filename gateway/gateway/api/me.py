"""`GET /me`: what the calling key may do; any valid key may ask."""

from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import any_key
from gateway.schemas.me import MeSchema

blp = Blueprint("me", __name__, url_prefix="/api/v1/me", description="The calling API key")


@blp.route("")
class Me(MethodView):
    @any_key
    @blp.response(200, MeSchema)
    def get(self):
        """The calling key: name, scopes, locations, rate limit and expiry (no secret)."""
        principal = g.principal
        return {
            "id": principal.key_id,
            "name": principal.name,
            "prefix": principal.prefix,
            "scopes": sorted(principal.scopes),
            "location_ids": sorted(principal.location_ids) if principal.location_ids is not None else None,
            "rate_limit": {"requests_per_minute": current_app.extensions["clientcard.rate_limits"].per_minute(principal)},
            "expires_at": principal.expires_at.isoformat() if principal.expires_at else None,
        }
