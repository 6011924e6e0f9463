"""Public schemas of messages, notification preferences and templates."""
from marshmallow import Schema, fields, validate

CHANNELS = ("sms", "email", "push")
TYPES = ("transactional", "reminders", "marketing", "loyalty", "billing")
STATUSES = ("queued", "sent", "delivered", "failed", "suppressed")


class MessageCreateSchema(Schema):
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(validate=validate.OneOf(TYPES), metadata={"description": "default transactional"})
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(validate=validate.Length(min=1, max=5000), metadata={"description": "or template + variables"})
    template = fields.String()
    variables = fields.Dict(keys=fields.String())


class MessageSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    channel = fields.String()
    notification_type = fields.String()
    template = fields.String(allow_none=True)
    subject = fields.String(allow_none=True)
    body = fields.String()
    status = fields.String(validate=validate.OneOf(STATUSES))
    error = fields.String(allow_none=True)
    sent_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    created_at = fields.String(metadata={"format": "date-time"})


class MessageListSchema(Schema):
    items = fields.List(fields.Nested(MessageSchema))
    next_cursor = fields.String(allow_none=True)


class PreferencesSchema(Schema):
    channels = fields.Dict(keys=fields.String(validate=validate.OneOf(CHANNELS)), values=fields.Boolean())
    types = fields.Dict(keys=fields.String(validate=validate.OneOf(TYPES[1:])), values=fields.Boolean())


class TemplateCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_\-]{1,100}$"))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(validate=validate.OneOf(TYPES))
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000), metadata={"example": "Hi {first_name}"})


class TemplateSchema(TemplateCreateSchema):
    id = fields.String()
    created_at = fields.String(metadata={"format": "date-time"})


class TemplateListSchema(Schema):
    items = fields.List(fields.Nested(TemplateSchema))
    next_cursor = fields.String(allow_none=True)
