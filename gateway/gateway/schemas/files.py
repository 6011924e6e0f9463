"""Public schemas of files and photos: uploads (multipart or direct to storage), records, before/after pairs."""

from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate

KINDS = ("photo", "document", "consent_form", "medical")
STAGES = ("before", "after")


class FileUploadSchema(Schema):
    file = Upload(required=True)


class FileMetaSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    caption = fields.String(validate=validate.Length(max=500))
    pair_id = fields.UUID(metadata={"description": "the before/after pair this photo belongs to"})
    stage = fields.String(validate=validate.OneOf(STAGES), metadata={"description": "a new pair starts without pair_id"})
    visit_id = fields.UUID()


class FileFormSchema(FileMetaSchema):
    pass


class DirectUploadRequestSchema(FileMetaSchema):
    filename = fields.String(required=True, validate=validate.Length(min=1, max=255))


class DirectUploadSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    url = fields.String(metadata={"description": "POST a multipart form here: `fields`, then `file` last"})
    max_bytes = fields.Integer()
    expires_at = fields.String(metadata={"format": "date-time"})
    # last: the name shadows marshmallow's `fields` for the rest of the class body
    fields = fields.Dict(keys=fields.String(), values=fields.String())


class FileSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    kind = fields.String(metadata={"description": "photo, document, consent_form, medical, signed_consent"})
    filename = fields.String()
    content_type = fields.String(metadata={"description": "sniffed from the bytes, not trusted from the client"})
    size = fields.Integer(metadata={"description": "of the stored bytes (a photo's personal EXIF is stripped)"})
    sha256 = fields.String(metadata={"description": "of the stored bytes"})
    caption = fields.String(allow_none=True)
    has_thumbnail = fields.Boolean()
    has_preview = fields.Boolean()
    pair_id = fields.String(allow_none=True)
    stage = fields.String(allow_none=True)
    visit_id = fields.String(allow_none=True)
    uploaded_by = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    download_url = fields.String(allow_none=True, metadata={"description": "a short-lived link for the public S3 endpoint"})


class FileListSchema(Schema):
    items = fields.List(fields.Nested(FileSchema))
    next_cursor = fields.String(allow_none=True)


class PhotoPairSchema(Schema):
    pair_id = fields.String()
    visit_id = fields.String(allow_none=True)
    latest_at = fields.String(metadata={"format": "date-time"})
    before = fields.List(fields.Nested(FileSchema))
    after = fields.List(fields.Nested(FileSchema))


class PhotoPairListSchema(Schema):
    items = fields.List(fields.Nested(PhotoPairSchema))
    next_cursor = fields.String(allow_none=True)


class ContentArgs(Schema):
    thumbnail = fields.Boolean(load_default=False, metadata={"description": "the 320 px preview (same as variant=thumbnail)"})
    variant = fields.String(load_default="original", validate=validate.OneOf(("original", "thumbnail", "preview")))
    download = fields.Boolean(load_default=False, metadata={"description": "Content-Disposition: attachment"})
