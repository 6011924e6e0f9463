"""Public schemas of webhooks, their deliveries and the events feed."""

from marshmallow import Schema, ValidationError, fields, validate, validates

from gateway.webhooks.catalogue import ALL, EVENT_TYPES, unknown_types

EVENTS_DESCRIPTION = f'event types, or `["*"]` for all: {", ".join(EVENT_TYPES)}'


def _events_field(**kwargs) -> fields.List:
    return fields.List(
        fields.String(),
        validate=validate.Length(min=1, max=len(EVENT_TYPES)),
        metadata={"description": EVENTS_DESCRIPTION},
        **kwargs,
    )


def _check_events(value: list[str]) -> None:
    unknown = unknown_types(value)
    if unknown:
        raise ValidationError(f'Unknown event types {unknown}; known: {", ".join(EVENT_TYPES)}, or ["{ALL}"] alone.')


class WebhookCreateSchema(Schema):
    url = fields.String(
        required=True,
        validate=validate.Length(min=1, max=2000),
        metadata={"description": "http(s); private, loopback and link-local addresses are refused"},
    )
    events = _events_field(required=True)
    secret = fields.String(
        validate=validate.Length(min=16, max=200),
        metadata={"description": "signs every delivery; generated (and answered once) when left out"},
    )
    description = fields.String(validate=validate.Length(max=200))

    @validates("events")
    def validate_events(self, value, **_kwargs):
        _check_events(value)


class WebhookUpdateSchema(Schema):
    url = fields.String(validate=validate.Length(min=1, max=2000))
    events = _events_field()
    secret = fields.String(validate=validate.Length(min=16, max=200))
    description = fields.String(allow_none=True, validate=validate.Length(max=200))
    active = fields.Boolean(metadata={"description": "true re-enables a disabled subscription; false pauses it"})

    @validates("events")
    def validate_events(self, value, **_kwargs):
        _check_events(value)


class WebhookSchema(Schema):
    id = fields.String()
    url = fields.String()
    events = fields.List(fields.String())
    description = fields.String(allow_none=True)
    active = fields.Boolean()
    disabled_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    disabled_reason = fields.String(allow_none=True, metadata={"description": "why deliveries stopped"})
    location_ids = fields.List(
        fields.String(), allow_none=True, metadata={"description": "the creating key's locations: only their events come"}
    )
    created_at = fields.String(metadata={"format": "date-time"})
    secret = fields.String(metadata={"description": "in the creation's answer only"})


class WebhookPageSchema(Schema):
    items = fields.List(fields.Nested(WebhookSchema))
    next_cursor = fields.String(allow_none=True)


class AttemptSchema(Schema):
    at = fields.String(metadata={"format": "date-time"})
    status_code = fields.Integer(allow_none=True, metadata={"description": "the receiver's answer; null: none"})
    error = fields.String(allow_none=True)
    duration_ms = fields.Integer()


class EventRefSchema(Schema):
    id = fields.String()
    type = fields.String()


class DeliverySchema(Schema):
    id = fields.String()
    event = fields.Nested(EventRefSchema)
    status = fields.String(metadata={"description": "pending, delivered or failed"})
    attempts = fields.List(fields.Nested(AttemptSchema))
    next_attempt_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    last_status_code = fields.Integer(allow_none=True)
    last_error = fields.String(allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    delivered_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class DeliveryPageSchema(Schema):
    items = fields.List(fields.Nested(DeliverySchema))
    next_cursor = fields.String(allow_none=True)


class DeliveryArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = fields.String(load_default=None)
    status = fields.String(load_default=None, validate=validate.OneOf(("pending", "delivered", "failed")))


class EventSchema(Schema):
    id = fields.String()
    type = fields.String()
    occurred_at = fields.String(metadata={"format": "date-time"})
    data = fields.Dict(metadata={"description": "the resource as the API showed it then"})


class EventPageSchema(Schema):
    items = fields.List(fields.Nested(EventSchema))
    next_cursor = fields.String(allow_none=True)
    after = fields.String(
        allow_none=True,
        metadata={"description": "where to poll from next time (`?after=`), also once the feed is read to its end"},
    )


class EventArgs(Schema):
    after = fields.String(load_default=None, metadata={"description": "a cursor: events recorded after it"})
    cursor = fields.String(load_default=None, metadata={"description": "the same as `after`"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    type = fields.List(
        fields.String(validate=validate.OneOf(EVENT_TYPES)),
        load_default=None,
        metadata={"description": "only these types (repeat the parameter)"},
    )
