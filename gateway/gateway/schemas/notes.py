"""Public schemas of client notes."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import ListArgs, flag

KINDS = ("general", "treatment", "clinical", "alert")


class NoteCreateSchema(Schema):
    body = fields.String(required=True, validate=validate.Length(min=1, max=20_000))
    kind = fields.String(validate=validate.OneOf(KINDS), metadata={"description": "`clinical` needs notes:clinical"})
    pinned = flag(metadata={"description": "pinned notes come first and show as alerts on the card"})


class NoteUpdateSchema(Schema):
    body = fields.String(validate=validate.Length(min=1, max=20_000))
    kind = fields.String(validate=validate.OneOf(KINDS))
    pinned = flag()


class AcknowledgeSchema(Schema):
    staff = fields.String(
        validate=validate.Length(min=1, max=200),
        metadata={"description": "who acknowledged, when the API key is shared by a desk; the key's name otherwise"},
    )


class NoteListArgs(ListArgs):
    kind = fields.String(validate=validate.OneOf(KINDS))


class PersonSchema(Schema):
    id = fields.String(allow_none=True)
    name = fields.String(allow_none=True)


class NoteSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    kind = fields.String()
    body = fields.String()
    pinned = fields.Boolean()
    author = fields.Nested(PersonSchema)
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})
    acknowledged_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    acknowledged_by = fields.Nested(PersonSchema, allow_none=True)


class NoteListSchema(Schema):
    items = fields.List(fields.Nested(NoteSchema))
    next_cursor = fields.String(allow_none=True)
