"""The events feed: what webhooks deliver, for integrators who poll or missed deliveries (30 days)."""

from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from flask_smorest import Blueprint

from clientcard_kit.cursors import BadCursor
from gateway.auth import requires
from gateway.schemas.webhooks import EventArgs, EventPageSchema
from gateway.webhooks import feed

blp = Blueprint("events", __name__, url_prefix="/api/v1/events", description="The events feed")


@blp.route("")
class Events(MethodView):
    @requires("webhooks:manage")
    @blp.arguments(EventArgs, location="query")
    @blp.response(200, EventPageSchema)
    def get(self, args):
        """Events recorded after `after`, oldest first, as webhooks deliver them; only those this key
        may see (its scopes and locations). Poll again with the answer's `after`."""
        cursor = args["after"] or args["cursor"]
        try:
            return feed.page(
                current_app.extensions["clientcard.engine"],
                scopes=g.principal.scopes,
                location_ids=g.principal.location_ids,
                after=cursor,
                limit=args["limit"],
                types=args["type"],
            )
        except BadCursor as error:
            if args["after"]:  # the same error, naming the parameter this caller sent
                raise BadCursor(field="after") from error
            raise
