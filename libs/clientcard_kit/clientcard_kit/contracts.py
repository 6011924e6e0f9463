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


def load(
    schema: Schema,
    data,
    *,
    error: type[InvalidInput] = InvalidInput,
    message: str = "The request has invalid fields",
    partial: bool = False,
) -> dict:
    """Load or raise `error` (InvalidInput, or a service's own kind of it) naming each bad field (a 422 at the gateway)."""
    try:
        return schema.load(data, partial=partial)
    except ValidationError as invalid:
        raise error(message, errors=invalid.normalized_messages()) from invalid
