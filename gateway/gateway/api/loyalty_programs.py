"""The loyalty program's settings: points per unit, expiry, tiers, participating locations."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.access import whole_chain
from gateway.auth import requires
from gateway.requests_ctx import expected_version, rpc
from gateway.schemas.loyalty_programs import LoyaltyProgramSchema, LoyaltyProgramUpdateSchema

blp = Blueprint("loyalty_programs", __name__, url_prefix="/api/v1/loyalty-program", description="Loyalty program settings")


def _etag(program: dict) -> str:
    return f'"{program["version"]}"'


@blp.route("")
class LoyaltyProgram(MethodView):
    @requires("loyalty:read")
    @blp.response(200, LoyaltyProgramSchema)
    def get(self):
        """The program's settings, with an `ETag`."""
        with rpc() as lease:
            program = lease.call("loyalty", "get_program")
        return program, 200, {"ETag": _etag(program)}

    @requires("loyalty:write")
    @whole_chain
    @blp.arguments(LoyaltyProgramUpdateSchema)
    @blp.response(200, LoyaltyProgramSchema)
    def put(self, data):
        """Change the settings given (accepts `If-Match`); new rates apply to points earned from now on."""
        with rpc() as lease:
            program = lease.call("loyalty", "update_program", LoyaltyProgramUpdateSchema().dump(data), expected_version())
        return program, 200, {"ETag": _etag(program)}
