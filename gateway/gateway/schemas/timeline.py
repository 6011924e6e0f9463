"""Public schemas of the client's timeline."""

from datetime import UTC

from marshmallow import Schema, ValidationError, fields, validate, validates_schema
from webargs.fields import DelimitedList

KINDS = (
    "visit",
    "invoice",
    "payment",
    "refund",
    "top_up",
    "points",
    "gift_card",
    "membership",
    "credits",
    "message",
    "call",
    "file",
    "note",
    "consent",
    "merge",
)


class TimelineArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200), metadata={"description": "items per page"})
    cursor = fields.String(
        load_default=None,
        metadata={"description": "opaque: the `next_cursor` of the previous page; any other value is a 422"},
    )
    kind = DelimitedList(
        fields.String(validate=validate.OneOf(KINDS)),
        metadata={"description": "only these kinds, comma-separated (`kind=invoice,payment`)", "default": None},
    )
    since = fields.AwareDateTime(
        data_key="from",
        load_default=None,
        default_timezone=UTC,
        metadata={"description": "RFC 3339: items at or after this time (UTC when no offset is given)"},
    )
    until = fields.AwareDateTime(
        data_key="to",
        load_default=None,
        default_timezone=UTC,
        metadata={"description": "RFC 3339: items before this time (UTC when no offset is given)"},
    )

    @validates_schema
    def _period(self, data, **kwargs):
        if data.get("since") and data.get("until") and data["since"] >= data["until"]:
            raise ValidationError("`from` must be before `to`.", field_name="from")


class TimelineSourceSchema(Schema):
    service = fields.String(metadata={"example": "billing"})
    id = fields.String(metadata={"description": "the item's id in that service"})


class TimelineItemSchema(Schema):
    id = fields.String()
    kind = fields.String(validate=validate.OneOf(KINDS))
    at = fields.String(metadata={"format": "date-time"})
    summary = fields.String(metadata={"description": "one line for people"})
    source = fields.Nested(TimelineSourceSchema)
    link = fields.String(allow_none=True, metadata={"description": "the API path that shows the item"})


class TimelineSchema(Schema):
    items = fields.List(fields.Nested(TimelineItemSchema))
    next_cursor = fields.String(allow_none=True)
    restricted_kinds = fields.List(
        fields.String(), metadata={"description": "kinds this key's scopes do not cover (left out of `items`)"}
    )
