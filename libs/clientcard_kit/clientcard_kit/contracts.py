"""Marshmallow bases for RPC and event contracts: readers ignore fields they do not know."""
from __future__ import annotations

from marshmallow import EXCLUDE, Schema, ValidationError, fields

from clientcard_kit.errors import InvalidInput


class Contract(Schema):
    class Meta:
        unknown = EXCLUDE


class EventEnvelope(Contract):
    event_id = fields.UUID(required=True)
    occurred_at = fields.AwareDateTime(required=True)
    version = fields.Integer(load_default=1)


def load(schema: Schema, data) -> dict:
    """Load or raise InvalidInput naming each bad field (a 422 at the gateway)."""
    try:
        return schema.load(data)
    except ValidationError as error:
        raise InvalidInput("The request has invalid fields", errors=error.normalized_messages()) from error

