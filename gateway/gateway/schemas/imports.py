"""Public schemas of client imports and the export."""
from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate


class ImportUploadSchema(Schema):
    """A multipart/form-data body: the file and the dry-run flag side by side."""

    file = Upload(required=True, metadata={"description": "CSV (UTF-8 or Windows-1252) or XLSX, at most 10 MB"})
    dry_run = fields.Boolean(load_default=False, metadata={"description": "validate and report, create nothing"})


class ImportCountsSchema(Schema):
    rows = fields.Integer()
    created = fields.Integer(metadata={"description": "created, or that would be in a dry run"})
    skipped = fields.Integer()
    duplicates = fields.Integer()
    errors = fields.Integer()


class ImportProblemSchema(Schema):
    row = fields.Integer(metadata={"description": "the row number as the spreadsheet shows it (header = 1)"})
    field = fields.String()
    message = fields.String()
    kind = fields.String(metadata={"description": "error, duplicate or skipped"})


class ImportSchema(Schema):
    id = fields.String()
    status = fields.String(metadata={"description": "queued, running, completed or failed"})
    dry_run = fields.Boolean()
    filename = fields.String(allow_none=True)
    columns = fields.Dict(metadata={"description": "which column became which field, and the ignored headers"})
    counts = fields.Nested(ImportCountsSchema)
    report = fields.List(fields.Nested(ImportProblemSchema))
    created_at = fields.String(metadata={"format": "date-time"})
    finished_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class ExportArgs(Schema):
    status = fields.String(load_default="active", validate=validate.OneOf(("active", "archived", "all")))
