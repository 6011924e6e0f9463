"""The calling key, as `GET /me` shows it."""

from marshmallow import Schema, fields


class RateLimitSchema(Schema):
    requests_per_minute = fields.Integer(allow_none=True, metadata={"description": "null: unlimited"})


class MeSchema(Schema):
    id = fields.String()
    name = fields.String()
    prefix = fields.String()
    scopes = fields.List(fields.String())
    location_ids = fields.List(fields.String(), allow_none=True, metadata={"description": "null: every location"})
    rate_limit = fields.Nested(RateLimitSchema)
    expires_at = fields.String(allow_none=True, metadata={"format": "date-time"})
