"""RPC and event contracts of the messaging service (readers of other services' events)."""

from marshmallow import fields, validate

from clientcard_kit.contracts import Contract, EventEnvelope


class ImportBatchEvent(EventEnvelope):
    """profile's `import_batch_accepted`: rows `{external_id, client_id, parts, new}` of one import."""

    import_id = fields.String(required=True)
    rows = fields.List(fields.Dict(), required=True)


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
    """What `send_message` accepts: a body, or a template with its variables (per location and language)."""

    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(load_default="transactional", validate=validate.OneOf(NOTIFICATION_TYPES))
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    body = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=5000))
    template = fields.String(allow_none=True, load_default=None)
    variables = fields.Dict(keys=fields.String(), load_default=dict)
    location_id = fields.UUID(allow_none=True, load_default=None)
    language = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=10))


class TemplateInput(Contract):
    name = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_\-]{1,100}$"))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    notification_type = fields.String(load_default="transactional", validate=validate.OneOf(NOTIFICATION_TYPES))
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))
    html = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=50000))
    location_id = fields.UUID(allow_none=True, load_default=None)
    language = fields.String(load_default="en", validate=validate.Regexp(r"^[a-z]{2}(-[A-Za-z]{2})?$"))


class TemplatePreviewInput(Contract):
    """A saved template by name (with location and language), or an unsaved one, and the variables to fill."""

    name = fields.String(allow_none=True, load_default=None)
    location_id = fields.UUID(allow_none=True, load_default=None)
    language = fields.String(allow_none=True, load_default=None)
    subject = fields.String(allow_none=True, load_default=None)
    body = fields.String(allow_none=True, load_default=None)
    html = fields.String(allow_none=True, load_default=None)
    variables = fields.Dict(keys=fields.String(), load_default=dict)


PREFERENCE_SOURCES = ("staff", "client", "online_booking", "import", "unsubscribe_link", "provider", "migration")


class PreferencesInput(Contract):
    channels = fields.Dict(keys=fields.String(validate=validate.OneOf(CHANNELS)), values=fields.Boolean(), load_default=dict)
    types = fields.Dict(
        keys=fields.String(validate=validate.OneOf(NOTIFICATION_TYPES[1:])), values=fields.Boolean(), load_default=dict
    )
    source = fields.String(load_default="staff", validate=validate.OneOf(PREFERENCE_SOURCES))
    wording = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=2000))


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
        "direction": message.direction,
        "campaign_id": str(message.campaign_id) if message.campaign_id else None,
        "in_reply_to": str(message.in_reply_to) if message.in_reply_to else None,
        "attempts": message.attempts,
        "next_attempt_at": message.next_attempt_at.isoformat() if message.next_attempt_at else None,
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "delivered_at": message.delivered_at.isoformat() if message.delivered_at else None,
        "created_at": message.created_at.isoformat(),
    }


def card_message_view(message) -> dict:
    """A message as the card lists it (a few fields: the card is cached)."""
    return {
        "id": str(message.id),
        "channel": message.channel,
        "subject": message.subject,
        "status": message.status,
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
        "html": template.html,
        "location_id": str(template.location_id) if template.location_id else None,
        "language": template.language,
        "created_at": template.created_at.isoformat(),
    }


def preference_change_view(change) -> dict:
    return {
        "id": str(change.id),
        "channels": change.channels,
        "types": change.types,
        "actor": change.actor,
        "source": change.source,
        "wording": change.wording,
        "at": change.created_at.isoformat(),
    }


class VisitEvent(EventEnvelope):
    """profile's `visit_booked`, `visit_updated` and `visit_cancelled`."""

    client_id = fields.UUID(required=True)
    visit_id = fields.UUID(required=True)
    starts_at = fields.String(required=True)
    location_id = fields.UUID(allow_none=True, load_default=None)
    status = fields.String(allow_none=True, load_default=None)
    service = fields.String(allow_none=True, load_default=None)
    staff = fields.String(allow_none=True, load_default=None)


class LocationUpdatedEvent(EventEnvelope):
    """profile's `location_updated`: only which location; its current zone and hour are asked of profile."""

    location_id = fields.UUID(required=True)


class InvoiceOverdueEvent(EventEnvelope):
    """billing's `invoice_overdue`."""

    client_id = fields.UUID(required=True)
    invoice_id = fields.UUID(required=True)
    due_on = fields.String(allow_none=True, load_default=None)
    location_id = fields.UUID(allow_none=True, load_default=None)  # picks the location's own template
    due_minor = fields.Integer(allow_none=True, load_default=None)
    currency = fields.String(allow_none=True, load_default=None)


class PointsExpiringEvent(EventEnvelope):
    """loyalty's `points_expiring`."""

    client_id = fields.UUID(required=True)
    points = fields.Integer(required=True)
    expires_on = fields.String(required=True)


# ---- events out ------------------------------------------------------------------------------
def message_status_changed(message, previous: str | None) -> dict:
    """A message was recorded (`previous` None: queued or suppressed) or its channel worker moved it on; ids only."""
    return {
        "message_id": str(message.id),
        "client_id": str(message.client_id),
        "channel": message.channel,
        "status": message.status,
        "previous_status": previous,
    }


def client_data_erased(client_id) -> dict:
    return {"client_id": str(client_id)}


CALL_OUTCOMES = ("answered", "missed", "voicemail", "busy", "no_answer", "failed")


class CallInput(Contract):
    direction = fields.String(required=True, validate=validate.OneOf(("inbound", "outbound")))
    number = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=40))
    staff = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    started_at = fields.AwareDateTime(required=True)
    duration_s = fields.Integer(load_default=0, validate=validate.Range(min=0, max=86400))
    outcome = fields.String(required=True, validate=validate.OneOf(CALL_OUTCOMES))
    notes = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=5000))
    recording_file_id = fields.UUID(allow_none=True, load_default=None)


def call_view(call) -> dict:
    return {
        "id": str(call.id),
        "client_id": str(call.client_id),
        "direction": call.direction,
        "number": call.number,
        "staff": call.staff,
        "started_at": call.started_at.isoformat(),
        "duration_s": call.duration_s,
        "outcome": call.outcome,
        "notes": call.notes,
        "recording_file_id": str(call.recording_file_id) if call.recording_file_id else None,
        "created_at": call.created_at.isoformat(),
    }


def card_call_view(call) -> dict:
    """A call as the card lists it beside the recent messages."""
    return {
        "id": str(call.id),
        "direction": call.direction,
        "outcome": call.outcome,
        "staff": call.staff,
        "started_at": call.started_at.isoformat(),
        "duration_s": call.duration_s,
    }


SEGMENT_KEYS = ("tags", "categories", "location_id", "last_visit_before", "last_visit_after", "tier")


class SegmentInput(Contract):
    tags = fields.List(fields.String(), load_default=list)
    categories = fields.List(fields.String(), load_default=list)
    location_id = fields.UUID(allow_none=True, load_default=None)
    last_visit_before = fields.AwareDateTime(allow_none=True, load_default=None)
    last_visit_after = fields.AwareDateTime(allow_none=True, load_default=None)
    tier = fields.String(allow_none=True, load_default=None)


class CampaignInput(Contract):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    segment = fields.Nested(SegmentInput, load_default=dict)
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))


def campaign_view(campaign, counts: dict) -> dict:
    return {
        "id": str(campaign.id),
        "name": campaign.name,
        "channel": campaign.channel,
        "segment": campaign.segment,
        "subject": campaign.subject,
        "body": campaign.body,
        "status": campaign.status,
        "recipients": campaign.recipients,
        "counts": {status: counts.get(status, 0) for status in ("queued", "sent", "delivered", "suppressed", "failed")},
        "created_at": campaign.created_at.isoformat(),
        "cancelled_at": campaign.cancelled_at.isoformat() if campaign.cancelled_at else None,
    }
