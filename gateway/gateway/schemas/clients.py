"""Public schemas of clients, their search, audit trail and the card."""

from datetime import UTC

from marshmallow import Schema, fields, validate

from gateway.card import ALL_SECTIONS
from gateway.schemas.common import born, flag, money, percent, uuid_out
from gateway.schemas.loyalty import LoyaltySchema
from gateway.schemas.notes import NoteSchema
from gateway.schemas.visits import VisitSchema

GENDERS = ("female", "male", "non_binary", "other", "unknown")
RELATIONS = ("parent", "child", "partner", "sibling", "guardian", "ward", "other")
SORTS = ("name", "created_at", "updated_at", "last_visit_at", "next_visit_at", "relevance")


class LinkSchema(Schema):
    client_id = fields.UUID(required=True)
    relation = fields.String(
        required=True, validate=validate.OneOf(RELATIONS), metadata={"description": "what the linked client is to this one"}
    )


class ClientCreateSchema(Schema):
    first_name = fields.String(required=True, validate=validate.Length(min=1, max=100), metadata={"example": "Ann"})
    last_name = fields.String(validate=validate.Length(max=100))
    email = fields.Email(allow_none=True)
    phone = fields.String(allow_none=True, metadata={"description": "any common format; stored as E.164"})
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True, validate=validate.OneOf(GENDERS))
    date_of_birth = fields.Date(allow_none=True, validate=born)
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict(
        keys=fields.String(), metadata={"description": "values checked against /custom-fields; null removes one"}
    )
    home_location_id = fields.UUID(allow_none=True)
    discount_percent = percent()
    card_number = fields.String(allow_none=True, metadata={"description": "unique among active clients"})
    online_booking_disabled = flag()
    restricted = flag(metadata={"description": "restriction of processing (GDPR art. 18)"})
    blocked = flag()
    block_reason = fields.String(allow_none=True, metadata={"description": "required while blocked"})
    linked_clients = fields.List(fields.Nested(LinkSchema), metadata={"description": "replaces every link when sent"})


class ClientPatchSchema(ClientCreateSchema):
    """Every field optional; send only what changes."""

    first_name = fields.String(validate=validate.Length(min=1, max=100))


class LinkOutSchema(Schema):
    client_id = uuid_out()
    relation = fields.String()


class ClientSchema(Schema):
    """A client record; its `ETag` is its `version`."""

    id = uuid_out()
    first_name = fields.String()
    last_name = fields.String()
    email = fields.String(allow_none=True)
    phone = fields.String(allow_none=True)
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True)
    date_of_birth = fields.String(allow_none=True, metadata={"format": "date", "example": "1990-04-21"})
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict(keys=fields.String(), metadata={"description": "values by custom field key"})
    home_location_id = uuid_out(allow_none=True)
    discount_percent = fields.Float()
    card_number = fields.String(allow_none=True)
    photo_file_id = uuid_out(
        allow_none=True,
        metadata={
            "description": "the profile photo, one of the client's photo files (its thumbnail: "
            "`GET /files/{id}/content?thumbnail=true`, needs `files:read`); set with `PUT /clients/{id}/photo`"
        },
    )
    online_booking_disabled = fields.Boolean()
    status = fields.String(metadata={"description": "active or archived (a merged client is archived, with `merged_into_id`)"})
    restricted = fields.Boolean()
    blocked = fields.Boolean()
    block_reason = fields.String(allow_none=True)
    merged_into_id = uuid_out(allow_none=True, metadata={"description": "the client this one was merged into"})
    archived_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    last_visit_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    next_visit_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    linked_clients = fields.List(fields.Nested(LinkOutSchema), metadata={"description": "absent in search results"})
    version = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class ProfilePhotoSchema(Schema):
    file_id = fields.UUID(
        required=True, metadata={"description": "one of the client's files of kind `photo` with an image type (not deleted)"}
    )


class ClientSearchArgs(Schema):
    q = fields.String(
        validate=validate.Length(max=200),
        metadata={
            "description": "part of a name (accents, case and small typos ignored), a phone in any format, "
            "an email or a card number"
        },
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
    """The card's headline figures; a figure whose section is restricted or unavailable is null."""

    visits_count = fields.Integer(allow_none=True, metadata={"description": "attended visits"})
    total_spent = money(allow_none=True, metadata={"description": "invoiced, net of refunds"})
    total_paid = money(allow_none=True)
    balance = money(allow_none=True, metadata={"description": "positive prepaid, negative owed"})
    loyalty_points = fields.Integer(allow_none=True)
    tier = fields.String(allow_none=True)
    last_visit = fields.Nested(VisitSchema, allow_none=True, metadata={"description": "the last attended visit"})
    next_visit = fields.Nested(VisitSchema, allow_none=True)
    no_shows = fields.Integer(allow_none=True)
    cancellations = fields.Integer(allow_none=True)
    consents_missing = fields.List(
        fields.String(),
        allow_none=True,
        metadata={"description": "titles of consent forms the next visit's services need and the client has not signed"},
    )
    consents_expired = fields.List(
        fields.String(),
        allow_none=True,
        metadata={"description": "titles of consent forms the next visit's services need whose signature has expired"},
    )


class CardAlertSchema(NoteSchema):
    """A pinned or alert note (clinical ones only for keys with `notes:clinical`)."""

    unacknowledged = fields.Boolean(metadata={"description": "true until a staff member acknowledges it"})


class CardBalanceSchema(Schema):
    balance = money(metadata={"description": "credit - outstanding: positive prepaid, negative owed"})
    credit = money()
    outstanding = money()
    account_open = fields.Boolean(metadata={"description": "false until the client's first money movement"})


class CardMessageSchema(Schema):
    id = uuid_out()
    channel = fields.String(metadata={"enum": ["sms", "email", "push"]})
    subject = fields.String(allow_none=True)
    status = fields.String(metadata={"description": "queued, sent, delivered, failed or suppressed"})
    created_at = fields.String(metadata={"format": "date-time"})


class CardCallSchema(Schema):
    id = uuid_out()
    direction = fields.String(metadata={"enum": ["inbound", "outbound"]})
    outcome = fields.String(metadata={"description": "answered, missed, busy, voicemail, ..."})
    staff = fields.String(allow_none=True)
    started_at = fields.String(metadata={"format": "date-time"})
    duration_s = fields.Integer(allow_none=True, metadata={"description": "seconds"})


class CardMessagesSchema(Schema):
    recent = fields.List(fields.Nested(CardMessageSchema), metadata={"description": "newest first, five at most"})
    calls = fields.List(fields.Nested(CardCallSchema), metadata={"description": "recent calls, newest first"})


class CardFileSchema(Schema):
    id = uuid_out()
    kind = fields.String(metadata={"enum": ["photo", "document", "consent_form", "medical", "signed_consent"]})
    filename = fields.String()
    content_type = fields.String()
    size = fields.Integer(metadata={"description": "bytes"})
    created_at = fields.String(metadata={"format": "date-time"})
    pair_id = uuid_out(allow_none=True, metadata={"description": "the before/after pair this photo belongs to"})
    stage = fields.String(allow_none=True, metadata={"description": "before or after, for a photo in a pair"})


class ConsentGapSchema(Schema):
    template_id = uuid_out()
    title = fields.String()
    service = fields.String(allow_none=True, metadata={"description": "the service the consent form covers"})
    expired_at = fields.String(allow_none=True, metadata={"format": "date-time", "description": "expired ones only"})


class ConsentVisitSchema(Schema):
    id = uuid_out()
    starts_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    service = fields.String(allow_none=True)


class CardConsentsSchema(Schema):
    """Consent forms the client's next visit needs and lacks (`missing`) or whose signature lapsed (`expired`)."""

    next_visit = fields.Nested(ConsentVisitSchema, allow_none=True)
    missing = fields.List(fields.Nested(ConsentGapSchema))
    expired = fields.List(fields.Nested(ConsentGapSchema))
    unavailable = fields.Boolean(metadata={"description": "true when the next visit could not be read"})


class CardFilesSchema(Schema):
    consents = fields.Nested(CardConsentsSchema)
    recent = fields.List(
        fields.Nested(CardFileSchema),
        metadata={"description": "newest first, five at most; medical files only with `files:medical`"},
    )


class CardVisitsSchema(Schema):
    upcoming = fields.List(fields.Nested(VisitSchema), metadata={"description": "soonest first, five at most"})
    recent = fields.List(fields.Nested(VisitSchema), metadata={"description": "newest first, five at most"})


class CardSchema(Schema):
    """The unified client card. A section is null when its service did not answer in time (named in
    `unavailable`) or when the key's scopes do not cover it (named in `restricted_sections`)."""

    client = fields.Nested(ClientSchema, allow_none=True)
    summary = fields.Nested(CardSummarySchema)
    alerts = fields.List(fields.Nested(CardAlertSchema), allow_none=True, metadata={"description": "newest first"})
    balance = fields.Nested(CardBalanceSchema, allow_none=True, metadata={"description": "needs `billing:read`"})
    loyalty = fields.Nested(LoyaltySchema, allow_none=True, metadata={"description": "needs `loyalty:read`"})
    messages = fields.Nested(CardMessagesSchema, allow_none=True, metadata={"description": "needs `messages:read`"})
    files = fields.Nested(CardFilesSchema, allow_none=True, metadata={"description": "needs `files:read`"})
    visits = fields.Nested(CardVisitsSchema, allow_none=True)
    unavailable = fields.List(
        fields.String(),
        metadata={"description": "sections (and their services) that did not answer in time"},
    )
    restricted_sections = fields.List(
        fields.String(metadata={"enum": list(ALL_SECTIONS)}),
        metadata={"description": "sections this key's scopes do not cover (they are null)"},
    )
