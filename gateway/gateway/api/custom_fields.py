"""Custom field definitions: typed fields every client record may carry."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.custom_fields import (
    CustomFieldCreateSchema,
    CustomFieldListSchema,
    CustomFieldPatchSchema,
    CustomFieldSchema,
)

blp = Blueprint("custom_fields", __name__, url_prefix="/api/v1/custom-fields", description="Custom field definitions")


@blp.route("")
class CustomFields(MethodView):
    @requires("clients:read")
    @blp.response(200, CustomFieldListSchema)
    def get(self):
        """Every definition, oldest first."""
        with rpc() as lease:
            return {"items": lease.call("profile", "list_custom_fields"), "next_cursor": None}

    @requires("admin")
    @blp.arguments(CustomFieldCreateSchema)
    @blp.response(201, CustomFieldSchema)
    def post(self, data):
        """Define a field: `text|number|date|boolean|select|email|phone`, `options` for a select,
        `required`. A key in use is a 409."""
        with rpc() as lease:
            return lease.call("profile", "define_custom_field", CustomFieldCreateSchema().dump(data))


@blp.route("/<key>")
class CustomField(MethodView):
    @requires("admin")
    @blp.arguments(CustomFieldPatchSchema)
    @blp.response(200, CustomFieldSchema)
    def patch(self, data, key):
        """Change `label`, `options` or `required`, or retire the field with `active: false` (new
        values are then refused, stored ones stay readable); `key` and `type` never change (422).
        An unknown key is a 404."""
        with rpc() as lease:
            return lease.call("profile", "update_custom_field", key, CustomFieldPatchSchema().dump(data))
