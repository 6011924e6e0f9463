"""Public schemas of API keys."""
from marshmallow import Schema, fields, validate

from gateway.keys import ALL_SCOPES, WILDCARD


class ApiKeyCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    scopes = fields.List(fields.String(validate=validate.OneOf((*ALL_SCOPES, WILDCARD))), required=True)
    location_ids = fields.List(fields.UUID(), allow_none=True)


class ApiKeySchema(Schema):
    id = fields.String()
    name = fields.String()
    prefix = fields.String()
    scopes = fields.List(fields.String())
    location_ids = fields.List(fields.String(), allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    revoked_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    secret = fields.String(metadata={"description": "shown once, at creation"})


class ApiKeyListSchema(Schema):
    items = fields.List(fields.Nested(ApiKeySchema))
    next_cursor = fields.String(allow_none=True)
