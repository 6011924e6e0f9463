"""Operations: events each service parked after its handler failed, and replaying them."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from gateway.auth import requires
from gateway.requests_ctx import rpc, settings

blp = Blueprint("parked_events", __name__, url_prefix="/api/v1/parked-events", description="Parked events (operations)")


class ParkedEventSchema(Schema):
    service = fields.String()
    id = fields.Integer()
    handler = fields.String()
    payload = fields.Dict()
    status = fields.String(
        metadata={
            "enum": ["retrying", "dead"],
            "description": "`retrying`: retried with backoff; `dead`: its retries ran out (final)",
        }
    )
    error = fields.String(metadata={"description": "the last failure"})
    attempts = fields.Integer(metadata={"description": "how often its handler failed"})
    parked_at = fields.String(metadata={"format": "date-time"})
    next_attempt_at = fields.String(allow_none=True, metadata={"format": "date-time", "description": "null once dead"})
    dead_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class ParkedEventListSchema(Schema):
    items = fields.List(fields.Nested(ParkedEventSchema))
    next_cursor = fields.String(allow_none=True)


class ReplayResultSchema(Schema):
    replayed = fields.Dict(keys=fields.String(), values=fields.Integer(), metadata={"description": "succeeded, by service"})


@blp.route("")
class ParkedEvents(MethodView):
    @requires("admin")
    @blp.response(200, ParkedEventListSchema)
    def get(self):
        """Every parked event of every service, oldest first per service: those still retried with backoff
        (`retrying`) and those whose retries ran out (`dead`), each with its attempts and last error."""
        items = []
        with rpc() as lease:
            replies = {service: lease.call_async(service, "list_parked_events") for service in settings().services}
            for service, reply in replies.items():
                items += [{"service": service, **event} for event in lease.result(reply)]
        return {"items": items, "next_cursor": None}


@blp.route("/replay")
class Replay(MethodView):
    @requires("admin")
    @blp.response(200, ReplayResultSchema)
    def post(self):
        """Run every parked event through its handler now, dead ones included, whatever its backoff says."""
        with rpc() as lease:
            replies = {service: lease.call_async(service, "replay_parked_events") for service in settings().services}
            return {"replayed": {service: lease.result(reply) for service, reply in replies.items()}}
