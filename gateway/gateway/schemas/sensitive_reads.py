"""Schemas of the audit of clinical-data reads."""

from marshmallow import Schema, fields


class ReaderSchema(Schema):
    id = fields.String(allow_none=True)
    name = fields.String(allow_none=True)


class SensitiveReadSchema(Schema):
    at = fields.String(metadata={"format": "date-time"})
    client_id = fields.String()
    kind = fields.String(metadata={"description": "`clinical_note` or `medical_file`"})
    record_ids = fields.List(fields.String(), metadata={"description": "the notes or files read"})
    key = fields.Nested(ReaderSchema, metadata={"description": "the API key that read them"})
    request_id = fields.String(allow_none=True)
    route = fields.String()


class SensitiveReadPageSchema(Schema):
    items = fields.List(fields.Nested(SensitiveReadSchema))
    next_cursor = fields.String(allow_none=True)
