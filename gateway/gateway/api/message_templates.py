"""Message templates with `{placeholders}` filled from a message's variables."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.messages import TemplateCreateSchema, TemplateListSchema, TemplateSchema

blp = Blueprint("message_templates", __name__, url_prefix="/api/v1/message-templates", description="Message templates")


@blp.route("")
class Templates(MethodView):
    @requires("messages:read")
    @blp.response(200, TemplateListSchema)
    def get(self):
        """Every template, by name."""
        with rpc() as lease:
            return {"items": lease.call("messaging", "list_templates"), "next_cursor": None}

    @requires("messages:write")
    @blp.arguments(TemplateCreateSchema)
    @blp.response(201, TemplateSchema)
    def post(self, data):
        """Create a template; its name must be new (409 otherwise)."""
        with rpc() as lease:
            return lease.call("messaging", "create_template", data)
