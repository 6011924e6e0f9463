"""Public schemas of the chain's locations."""
from marshmallow import Schema, fields, validate


class LocationCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    timezone = fields.String(required=True, metadata={"example": "Europe/London", "description": "an IANA time zone"})
    active = fields.Boolean()


class LocationPatchSchema(LocationCreateSchema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    timezone = fields.String(metadata={"example": "Europe/London"})


class LocationSchema(Schema):
    id = fields.String()
    name = fields.String()
    timezone = fields.String()
    active = fields.Boolean()
    version = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class LocationListSchema(Schema):
    items = fields.List(fields.Nested(LocationSchema))
    next_cursor = fields.String(allow_none=True)
