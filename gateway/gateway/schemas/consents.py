"""Public schemas of consent forms: versioned templates and the consents signed from them."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import flag, plausible

KEY = validate.Regexp(r"^[a-z][a-z0-9_]{0,49}$", error="Lower-case letters, digits and underscores.")
MAX_VERSION = 2**31 - 1  # versions are INTEGER columns: a larger one is a 422, never a 5xx


class TemplateFieldSchema(Schema):
    key = fields.String(required=True, validate=KEY)
    label = fields.String(required=True, validate=validate.Length(min=1, max=300))
    required = flag(load_default=False)


class ConsentTemplateInSchema(Schema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=50_000), metadata={"description": "Markdown"})
    checkboxes = fields.List(fields.Nested(TemplateFieldSchema), load_default=list)
    services = fields.List(
        fields.String(validate=validate.Length(min=1, max=200)),
        load_default=list,
        metadata={"description": "the treatments or services this form covers"},
    )
    validity_months = fields.Integer(load_default=None, allow_none=True, strict=True, validate=validate.Range(min=1, max=600))
    # last: the name shadows marshmallow's `fields` for the rest of the class body
    fields = fields.List(fields.Nested(TemplateFieldSchema), load_default=list, metadata={"description": "text answers"})


class ConsentTemplateSchema(ConsentTemplateInSchema):
    id = fields.String()
    version = fields.Integer()
    created_by = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})


class ConsentTemplateListSchema(Schema):
    items = fields.List(fields.Nested(ConsentTemplateSchema))
    next_cursor = fields.String(allow_none=True)


class TemplateVersionArgs(Schema):
    version = fields.Integer(load_default=None, validate=validate.Range(min=1, max=MAX_VERSION))


class SignConsentSchema(Schema):
    template_id = fields.UUID(required=True)
    template_version = fields.Integer(
        load_default=None,
        strict=True,
        validate=validate.Range(min=1, max=MAX_VERSION),
        metadata={"description": "the latest when left out"},
    )
    answers = fields.Dict(keys=fields.String(), load_default=dict)
    signer_name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    signature_base64 = fields.String(
        required=True,
        validate=validate.Length(min=1, max=800_000),
        metadata={"description": "the drawn signature, PNG or JPEG (a data URL is fine)"},
    )
    signed_at = fields.AwareDateTime(load_default=None, validate=plausible, metadata={"description": "now when left out"})
    ip = fields.String(load_default=None, validate=validate.Length(max=64), metadata={"description": "the caller's by default"})
    user_agent = fields.String(load_default=None, validate=validate.Length(max=500))


class ConsentSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    template_id = fields.String()
    template_version = fields.Integer()
    title = fields.String()
    services = fields.List(fields.String())
    status = fields.String(metadata={"description": "valid, expired or withdrawn"})
    answers = fields.Dict()
    signer_name = fields.String()
    signed_at = fields.String(metadata={"format": "date-time"})
    ip = fields.String(allow_none=True)
    user_agent = fields.String(allow_none=True)
    expires_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    file_id = fields.String(metadata={"description": "the signed PDF: GET /files/{file_id}/content"})
    pdf_sha256 = fields.String()
    withdrawn_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    withdrawn_by = fields.String(allow_none=True)
    withdrawal_reason = fields.String(allow_none=True)
    sealed = fields.Boolean()


class ConsentListSchema(Schema):
    items = fields.List(fields.Nested(ConsentSchema))
    next_cursor = fields.String(allow_none=True)


class WithdrawSchema(Schema):
    reason = fields.String(load_default=None, validate=validate.Length(max=500))
