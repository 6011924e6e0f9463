"""Public schemas of campaigns, the call log, provider callbacks and unsubscribe links."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import plausible
from gateway.schemas.messages import CHANNELS

OUTCOMES = ("answered", "missed", "voicemail", "busy", "no_answer", "failed")


class SegmentSchema(Schema):
    tags = fields.List(fields.String(), metadata={"description": "clients with every one of these tags"})
    categories = fields.List(fields.String())
    location_id = fields.UUID(allow_none=True)
    last_visit_before = fields.AwareDateTime(allow_none=True)
    last_visit_after = fields.AwareDateTime(allow_none=True)
    tier = fields.String(allow_none=True, metadata={"example": "vip"})


class CampaignCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    channel = fields.String(required=True, validate=validate.OneOf(CHANNELS))
    segment = fields.Nested(SegmentSchema, required=True)
    subject = fields.String(allow_none=True, validate=validate.Length(max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))


class CampaignCountsSchema(Schema):
    queued = fields.Integer()
    sent = fields.Integer()
    delivered = fields.Integer()
    suppressed = fields.Integer(metadata={"description": "no marketing consent on the channel, restricted, or no address"})
    failed = fields.Integer()


class CampaignSchema(Schema):
    id = fields.String()
    name = fields.String()
    channel = fields.String()
    segment = fields.Dict()
    subject = fields.String(allow_none=True)
    body = fields.String()
    status = fields.String(metadata={"description": "sending, sent or cancelled"})
    recipients = fields.Integer()
    counts = fields.Nested(CampaignCountsSchema)
    created_at = fields.String(metadata={"format": "date-time"})
    cancelled_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class CallCreateSchema(Schema):
    direction = fields.String(required=True, validate=validate.OneOf(("inbound", "outbound")))
    number = fields.String(allow_none=True, validate=validate.Length(max=40))
    staff = fields.String(allow_none=True, validate=validate.Length(max=200))
    started_at = fields.AwareDateTime(required=True, validate=plausible)
    duration_s = fields.Integer(strict=True, validate=validate.Range(min=0, max=86400))
    outcome = fields.String(required=True, validate=validate.OneOf(OUTCOMES))
    notes = fields.String(allow_none=True, validate=validate.Length(max=5000))
    recording_file_id = fields.UUID(allow_none=True, metadata={"description": "a file of this client in the files service"})


class CallSchema(CallCreateSchema):
    id = fields.String()
    client_id = fields.String()
    recording_file_id = fields.String(allow_none=True)
    started_at = fields.String(metadata={"format": "date-time"})
    created_at = fields.String(metadata={"format": "date-time"})


class CallListSchema(Schema):
    items = fields.List(fields.Nested(CallSchema))
    next_cursor = fields.String(allow_none=True)


class CallbackResultSchema(Schema):
    message_id = fields.String()
    status = fields.String()
    client_id = fields.String()


class UnsubscribedSchema(Schema):
    client_id = fields.String()
    marketing = fields.Boolean()
