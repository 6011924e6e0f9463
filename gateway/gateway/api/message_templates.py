"""Message templates (sandboxed Jinja2, per location and language) filled from a message's variables, and a preview."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import whole_chain
from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.messages import (
    RenderedSchema,
    TemplateCreateSchema,
    TemplateListSchema,
    TemplatePreviewSchema,
    TemplateSchema,
)

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
    @whole_chain
    @blp.arguments(TemplateCreateSchema)
    @blp.response(201, TemplateSchema)
    def post(self, data):
        """Create a template; its name must be new for its location and language (409 otherwise), and it must
        parse (422 naming the field otherwise, never a failure at send time)."""
        with rpc() as lease:
            return lease.call("messaging", "create_template", _jsonable(data))


@blp.route("/preview")
class Preview(MethodView):
    @requires("messages:read")
    @blp.arguments(TemplatePreviewSchema)
    @blp.response(200, RenderedSchema)
    def post(self, data):
        """Render a saved template (by name, location, language) or an unsaved one with sample variables."""
        with rpc() as lease:
            return lease.call("messaging", "preview_template", _jsonable(data))


def _jsonable(data: dict) -> dict:
    return {key: str(value) if key == "location_id" and value is not None else value for key, value in data.items()}
