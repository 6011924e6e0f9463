"""Public schemas of the chain's locations."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import flag


class LocationCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    timezone = fields.String(required=True, metadata={"example": "Europe/London", "description": "an IANA time zone"})
    reminder_hour = fields.Integer(
        strict=True,
        allow_none=True,
        validate=validate.Range(0, 23),
        metadata={
            "example": 18,
            "description": "the local hour (0-23) of the day-before visit reminders; "
            "null: the chain's default (messaging's `REMINDER_HOUR`)",
        },
    )
    active = flag()


class LocationPatchSchema(LocationCreateSchema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    timezone = fields.String(metadata={"example": "Europe/London"})


class LocationSchema(Schema):
    id = fields.String()
    name = fields.String()
    timezone = fields.String()
    reminder_hour = fields.Integer(allow_none=True, metadata={"description": "null: the chain's default hour"})
    active = flag()
    version = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class LocationListSchema(Schema):
    items = fields.List(fields.Nested(LocationSchema))
    next_cursor = fields.String(allow_none=True)
