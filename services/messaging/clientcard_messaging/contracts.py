"""RPC and event contracts of the messaging service (readers of other services' events)."""

from marshmallow import fields, validate

from clientcard_kit.contracts import Contract, EventEnvelope


class ClientMergedEvent(EventEnvelope):
    """profile's `client_merged` and `client_merge_undone`."""

    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ClientErasedEvent(EventEnvelope):
    client_id = fields.UUID(required=True)


CHANNELS = ("sms", "email", "push")
NOTIFICATION_TYPES = ("transactional", "reminders", "marketing", "loyalty", "billing")


class MessageInput(Contract):
    """What `send_message` accepts: a body, or a template with its variables."""

    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(load_default="transactional", validate=validate.OneOf(NOTIFICATION_TYPES))
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    body = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=5000))
    template = fields.String(allow_none=True, load_default=None)
    variables = fields.Dict(keys=fields.String(), load_default=dict)


class TemplateInput(Contract):
    name = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_\-]{1,100}$"))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(load_default="transactional", validate=validate.OneOf(NOTIFICATION_TYPES))
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))


class PreferencesInput(Contract):
    channels = fields.Dict(keys=fields.String(validate=validate.OneOf(CHANNELS)), values=fields.Boolean(), load_default=dict)
    types = fields.Dict(
        keys=fields.String(validate=validate.OneOf(NOTIFICATION_TYPES[1:])), values=fields.Boolean(), load_default=dict
    )


class MessageQueuedEvent(EventEnvelope):
    message_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    channel = fields.String(required=True)


def message_view(message) -> dict:
    return {
        "id": str(message.id),
        "client_id": str(message.client_id),
        "channel": message.channel,
        "notification_type": message.notification_type,
        "template": message.template,
        "subject": message.subject,
        "body": message.body,
        "status": message.status,
        "error": message.error,
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "created_at": message.created_at.isoformat(),
    }


def template_view(template) -> dict:
    return {
        "id": str(template.id),
        "name": template.name,
        "channel": template.channel,
        "notification_type": template.notification_type,
        "subject": template.subject,
        "body": template.body,
        "created_at": template.created_at.isoformat(),
    }


class VisitBookedEvent(EventEnvelope):
    """profile's `visit_booked`."""

    client_id = fields.UUID(required=True)
    visit_id = fields.UUID(required=True)
    starts_at = fields.String(required=True)
    service = fields.String(allow_none=True, load_default=None)
    staff = fields.String(allow_none=True, load_default=None)


class PointsExpiringEvent(EventEnvelope):
    """loyalty's `points_expiring`."""

    client_id = fields.UUID(required=True)
    points = fields.Integer(required=True)
    expires_on = fields.String(required=True)
