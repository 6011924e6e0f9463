"""Custom field definitions: typed fields every client record may carry."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.custom_fields import CustomFieldCreateSchema, CustomFieldListSchema, CustomFieldSchema

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
