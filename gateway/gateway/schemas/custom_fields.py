"""Public schemas of custom field definitions."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import flag

TYPES = ("text", "number", "date", "boolean", "select", "email", "phone")


class CustomFieldCreateSchema(Schema):
    label = fields.String(required=True, validate=validate.Length(min=1, max=200))
    key = fields.String(
        validate=validate.Regexp(r"^[a-z][a-z0-9_]{0,63}$"),
        metadata={"description": "the name under `custom_fields`; defaults to the label in snake_case"},
    )
    type = fields.String(required=True, validate=validate.OneOf(TYPES))
    options = fields.List(fields.String(), metadata={"description": "the choices of a select field"})
    required = flag()


class CustomFieldPatchSchema(Schema):
    """Key and type never change (a request naming them is a 422): values already stored depend on them."""

    label = fields.String(validate=validate.Length(min=1, max=200))
    options = fields.List(
        fields.String(), metadata={"description": "the choices of a select field; values stored before stay as they are"}
    )
    required = flag()
    active = flag(metadata={"description": "false retires the field: no new values are accepted, stored values stay readable"})


class CustomFieldSchema(Schema):
    id = fields.String()
    key = fields.String()
    label = fields.String()
    type = fields.String()
    options = fields.List(fields.String())
    required = fields.Boolean()
    active = fields.Boolean(metadata={"description": "false: retired, takes no new values"})
    created_at = fields.String(metadata={"format": "date-time"})


class CustomFieldListSchema(Schema):
    items = fields.List(fields.Nested(CustomFieldSchema))
    next_cursor = fields.String(allow_none=True)
