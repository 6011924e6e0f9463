"""Public schemas of clients, their search, audit trail and the card."""
from datetime import UTC

from marshmallow import Schema, fields, validate

from gateway.schemas.common import percent

GENDERS = ("female", "male", "non_binary", "other", "unknown")
RELATIONS = ("parent", "child", "partner", "sibling", "guardian", "ward", "other")
SORTS = ("name", "created_at", "updated_at", "last_visit_at", "next_visit_at", "relevance")


class LinkSchema(Schema):
    client_id = fields.UUID(required=True)
    relation = fields.String(
        required=True, validate=validate.OneOf(RELATIONS), metadata={"description": "what the linked client is to this one"}
    )


class ClientCreateSchema(Schema):
    first_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    last_name = fields.String(validate=validate.Length(max=100))
    email = fields.Email(allow_none=True)
    phone = fields.String(allow_none=True, metadata={"description": "any common format; stored as E.164"})
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True, validate=validate.OneOf(GENDERS))
    date_of_birth = fields.Date(allow_none=True)
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict(
        keys=fields.String(), metadata={"description": "values checked against /custom-fields; null removes one"}
    )
    home_location_id = fields.UUID(allow_none=True)
    discount_percent = percent()
    card_number = fields.String(allow_none=True, metadata={"description": "unique among active clients"})
    online_booking_disabled = fields.Boolean()
    restricted = fields.Boolean(metadata={"description": "restriction of processing (GDPR art. 18)"})
    blocked = fields.Boolean()
    block_reason = fields.String(allow_none=True, metadata={"description": "required while blocked"})
    linked_clients = fields.List(fields.Nested(LinkSchema), metadata={"description": "replaces every link when sent"})


class ClientPatchSchema(ClientCreateSchema):
    """Every field optional; send only what changes."""

    first_name = fields.String(validate=validate.Length(min=1, max=100))


class LinkOutSchema(Schema):
    client_id = fields.String()
    relation = fields.String()


class ClientSchema(Schema):
    id = fields.String()
    first_name = fields.String()
    last_name = fields.String()
    email = fields.String(allow_none=True)
    phone = fields.String(allow_none=True)
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True)
    date_of_birth = fields.String(allow_none=True, metadata={"format": "date"})
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict()
    home_location_id = fields.String(allow_none=True)
    discount_percent = fields.Float()
    card_number = fields.String(allow_none=True)
    online_booking_disabled = fields.Boolean()
    status = fields.String()
    restricted = fields.Boolean()
    blocked = fields.Boolean()
    block_reason = fields.String(allow_none=True)
    merged_into_id = fields.String(allow_none=True)
    archived_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    last_visit_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    next_visit_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    linked_clients = fields.List(fields.Nested(LinkOutSchema), metadata={"description": "absent in search results"})
    version = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class ClientSearchArgs(Schema):
    q = fields.String(
        validate=validate.Length(max=200),
        metadata={"description": "part of a name (accents, case and small typos ignored), a phone in any format, "
                  "an email or a card number"},
    )
    tag = fields.String()
    category = fields.String()
    location_id = fields.UUID(metadata={"description": "home location"})
    status = fields.String(load_default="active", validate=validate.OneOf(("active", "archived", "all")))
    birthday_month = fields.Integer(validate=validate.Range(1, 12))
    last_visit_before = fields.AwareDateTime(default_timezone=UTC)
    last_visit_after = fields.AwareDateTime(default_timezone=UTC)
    sort = fields.String(
        validate=validate.OneOf([*SORTS, *(f"-{s}" for s in SORTS)]),
        metadata={"description": "`-` for descending; default relevance for a name query, else name"},
    )
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = fields.String()


class ClientPageSchema(Schema):
    items = fields.List(fields.Nested(ClientSchema))
    next_cursor = fields.String(allow_none=True)


class AuditEntrySchema(Schema):
    id = fields.Integer()
    client_id = fields.String()
    action = fields.String(metadata={"description": "created, updated, archived, restored, linked, merged, ..."})
    field = fields.String(allow_none=True)
    old_value = fields.Raw(allow_none=True)
    new_value = fields.Raw(allow_none=True)
    actor_id = fields.String(allow_none=True)
    actor_name = fields.String(allow_none=True)
    request_id = fields.String(allow_none=True)
    occurred_at = fields.String(metadata={"format": "date-time"})


class AuditPageSchema(Schema):
    items = fields.List(fields.Nested(AuditEntrySchema))
    next_cursor = fields.String(allow_none=True)


class CardSummarySchema(Schema):
    visits_count = fields.Integer(allow_none=True)
    total_spent = fields.Dict(allow_none=True)
    total_paid = fields.Dict(allow_none=True)
    balance = fields.Dict(allow_none=True)
    loyalty_points = fields.Integer(allow_none=True)
    tier = fields.String(allow_none=True)
    last_visit = fields.Dict(allow_none=True)
    next_visit = fields.Dict(allow_none=True)
    no_shows = fields.Integer(allow_none=True)
    cancellations = fields.Integer(allow_none=True)


class CardSchema(Schema):
    client = fields.Nested(ClientSchema, allow_none=True)
    summary = fields.Nested(CardSummarySchema)
    alerts = fields.List(fields.Dict(), allow_none=True)
    balance = fields.Dict(allow_none=True)
    loyalty = fields.Dict(allow_none=True)
    messages = fields.Dict(allow_none=True)
    files = fields.Dict(allow_none=True)
    visits = fields.Dict(allow_none=True)
    unavailable = fields.List(fields.String())
