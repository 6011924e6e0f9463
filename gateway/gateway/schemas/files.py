"""Public schemas of files and photos."""
from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate

KINDS = ("photo", "document", "consent_form", "medical")


class FileUploadSchema(Schema):
    file = Upload(required=True)


class FileFormSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    caption = fields.String(validate=validate.Length(max=500))


class FileSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    kind = fields.String()
    filename = fields.String()
    content_type = fields.String(metadata={"description": "sniffed from the bytes, not trusted from the client"})
    size = fields.Integer()
    sha256 = fields.String()
    caption = fields.String(allow_none=True)
    has_thumbnail = fields.Boolean()
    uploaded_by = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    download_url = fields.String(allow_none=True, metadata={"description": "a link valid for five minutes"})


class FileListSchema(Schema):
    items = fields.List(fields.Nested(FileSchema))
    next_cursor = fields.String(allow_none=True)


class ContentArgs(Schema):
    thumbnail = fields.Boolean(load_default=False)
