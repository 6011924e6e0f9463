"""Public schemas of duplicates and merges."""

from marshmallow import Schema, fields, validate

from gateway.schemas.clients import ClientSchema
from gateway.schemas.common import flag

CHOICES = ("target", "source")


class MergeRequestSchema(Schema):
    source_id = fields.UUID(required=True, metadata={"description": "the duplicate, archived after the merge"})
    preview = flag(load_default=False, metadata={"description": "say what would happen; change nothing"})
    keep = fields.Dict(
        keys=fields.String(),
        values=fields.String(validate=validate.OneOf(CHOICES)),
        metadata={"description": "per field, whose value survives: `target` (this client) or `source`"},
    )


class MergeRecordSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    source_id = fields.String()
    moved = fields.Dict(keys=fields.String(), values=fields.Integer())
    created_at = fields.String(metadata={"format": "date-time"})
    undone_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    undo_until = fields.String(allow_none=True, metadata={"format": "date-time"})


class MergeResultSchema(Schema):
    preview = fields.Boolean()
    client_id = fields.String()
    source_id = fields.String()
    fields_ = fields.Dict(
        data_key="fields", attribute="fields", metadata={"description": "per field: target, source, result, kept"}
    )
    changes = fields.List(fields.String())
    moves = fields.Dict(keys=fields.String(), values=fields.Integer(), metadata={"description": "how many move here"})
    moving = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "the ids of the notes and visits that move, and of the clients whose family links move"},
    )
    elsewhere = fields.String()
    merge = fields.Nested(MergeRecordSchema)
    client = fields.Nested(ClientSchema)


class UndoResultSchema(Schema):
    merge = fields.Nested(MergeRecordSchema)
    client = fields.Nested(ClientSchema)
    source = fields.Nested(ClientSchema)


class DuplicateSchema(Schema):
    client = fields.Nested(ClientSchema)
    reasons = fields.List(fields.String(), metadata={"description": "phone, email, name"})
    score = fields.Float()


class DuplicateListSchema(Schema):
    items = fields.List(fields.Nested(DuplicateSchema))
    next_cursor = fields.String(allow_none=True)
