"""The chain's locations; every `location_id` elsewhere in the API must name one."""

from __future__ import annotations

from flask import g, url_for
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import etag, expected_version, rpc
from gateway.schemas.locations import LocationCreateSchema, LocationListSchema, LocationPatchSchema, LocationSchema

blp = Blueprint("locations", __name__, url_prefix="/api/v1/locations", description="Locations of the chain")


@blp.route("")
class Locations(MethodView):
    @requires("clients:read")
    @blp.response(200, LocationListSchema)
    def get(self):
        """Every location, by name; a key limited to some locations sees only those."""
        with rpc() as lease:
            items = lease.call("profile", "list_locations")
        allowed = g.principal.location_ids
        if allowed is not None:
            items = [location for location in items if location["id"] in allowed]
        return {"items": items, "next_cursor": None}

    @requires("admin")
    @blp.arguments(LocationCreateSchema)
    @blp.response(201, LocationSchema)
    def post(self, data):
        """Create a location (an unknown time zone is a 422); every service learns it by event."""
        with rpc() as lease:
            location = lease.call("profile", "create_location", LocationCreateSchema().dump(data))
        headers = {"Location": url_for("locations.Location", location_id=location["id"]), "ETag": etag(location)}
        return location, 201, headers


@blp.route("/<location_id>")
class Location(MethodView):
    @requires("clients:read")
    @blp.response(200, LocationSchema)
    def get(self, location_id):
        """One location, with its `ETag`; another location than a limited key's own is not found."""
        with rpc() as lease:
            location = lease.call("profile", "get_location", location_id)
        return location, 200, {"ETag": etag(location)}

    @requires("admin")
    @blp.arguments(LocationPatchSchema)
    @blp.response(200, LocationSchema)
    def patch(self, data, location_id):
        """Rename, change the time zone or deactivate; `If-Match` makes a stale write a 412."""
        version = expected_version()
        with rpc() as lease:
            location = lease.call("profile", "update_location", location_id, LocationPatchSchema().dump(data), version)
        return location, 200, {"ETag": etag(location)}
