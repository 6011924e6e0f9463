"""Public schemas of messages, notification preferences and templates."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import flag

CHANNELS = ("sms", "email", "push")
TYPES = ("transactional", "reminders", "marketing", "loyalty", "billing")
STATUSES = ("queued", "sent", "delivered", "failed", "suppressed", "received")
SOURCES = ("staff", "client", "online_booking", "import", "unsubscribe_link", "provider")


class MessageCreateSchema(Schema):
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(validate=validate.OneOf(TYPES), metadata={"description": "default transactional"})
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(validate=validate.Length(min=1, max=5000), metadata={"description": "or template + variables"})
    template = fields.String(metadata={"description": "a template's name; Jinja2 `{{ variable }}` placeholders"})
    variables = fields.Dict(keys=fields.String())
    location_id = fields.UUID(allow_none=True, metadata={"description": "picks the location's own template, if any"})
    language = fields.String(allow_none=True, metadata={"description": "picks the template in this language, if any"})


class MessageSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    channel = fields.String()
    notification_type = fields.String()
    template = fields.String(allow_none=True)
    subject = fields.String(allow_none=True)
    body = fields.String()
    status = fields.String(validate=validate.OneOf(STATUSES))
    error = fields.String(allow_none=True, metadata={"description": "why it failed or was suppressed (provider's reason)"})
    direction = fields.String(metadata={"description": "outbound, or inbound for a client's reply"})
    campaign_id = fields.String(allow_none=True)
    in_reply_to = fields.String(allow_none=True, metadata={"description": "the message a reply answers"})
    attempts = fields.Integer()
    next_attempt_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    sent_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    delivered_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    created_at = fields.String(metadata={"format": "date-time"})


class MessageListSchema(Schema):
    items = fields.List(fields.Nested(MessageSchema))
    next_cursor = fields.String(allow_none=True)


class PreferencesSchema(Schema):
    channels = fields.Dict(keys=fields.String(validate=validate.OneOf(CHANNELS)), values=flag())
    types = fields.Dict(
        keys=fields.String(validate=validate.OneOf(TYPES[1:])),
        values=flag(),
        metadata={"description": "marketing is off until the client opts in"},
    )


class PreferencesUpdateSchema(PreferencesSchema):
    source = fields.String(validate=validate.OneOf(SOURCES), metadata={"description": "where the client chose; default staff"})
    wording = fields.String(
        allow_none=True, validate=validate.Length(max=2000), metadata={"description": "the consent wording the client was shown"}
    )


class PreferenceChangeSchema(Schema):
    id = fields.String()
    channels = fields.Dict(keys=fields.String(), values=fields.Boolean())
    types = fields.Dict(keys=fields.String(), values=fields.Boolean())
    actor = fields.String(metadata={"description": "the API key (or `system`, or the client via a link) that changed it"})
    source = fields.String()
    wording = fields.String(allow_none=True)
    at = fields.String(metadata={"format": "date-time"})


class PreferenceChangeListSchema(Schema):
    items = fields.List(fields.Nested(PreferenceChangeSchema))
    next_cursor = fields.String(allow_none=True)


class TemplateCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_\-]{1,100}$"))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(validate=validate.OneOf(TYPES))
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000), metadata={"example": "Hi {{ first_name }}"})
    html = fields.String(
        allow_none=True, validate=validate.Length(max=50000), metadata={"description": "email only; variables are HTML-escaped"}
    )
    location_id = fields.UUID(allow_none=True, metadata={"description": "this location's version; none for the chain's"})
    language = fields.String(validate=validate.Regexp(r"^[a-z]{2}(-[A-Za-z]{2})?$"), metadata={"example": "en"})


class TemplateSchema(TemplateCreateSchema):
    id = fields.String()
    location_id = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})


class TemplatePreviewSchema(Schema):
    name = fields.String(allow_none=True, metadata={"description": "a saved template, or give subject/body/html"})
    location_id = fields.UUID(allow_none=True)
    language = fields.String(allow_none=True)
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(allow_none=True, validate=validate.Length(max=5000))
    html = fields.String(allow_none=True, validate=validate.Length(max=50000))
    variables = fields.Dict(keys=fields.String())


class RenderedSchema(Schema):
    subject = fields.String(allow_none=True)
    body = fields.String()
    html = fields.String(allow_none=True)


class TemplateListSchema(Schema):
    items = fields.List(fields.Nested(TemplateSchema))
    next_cursor = fields.String(allow_none=True)
