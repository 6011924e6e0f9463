"""Public schemas of clients and the card."""
from marshmallow import Schema, fields, validate

GENDERS = ("female", "male", "non_binary", "other", "unknown")


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
    custom_fields = fields.Dict(keys=fields.String())
    home_location_id = fields.UUID(allow_none=True)
    discount_percent = fields.Decimal(places=2, as_string=True, validate=validate.Range(0, 100))
    card_number = fields.String(allow_none=True)
    online_booking_disabled = fields.Boolean()


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
    version = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class CardSummarySchema(Schema):
    visits_count = fields.Integer(allow_none=True)
    total_spent = fields.Dict(allow_none=True)
    total_paid = fields.Dict(allow_none=True)
    balance = fields.Dict(allow_none=True)
    loyalty_points = fields.Integer(allow_none=True)
    tier = fields.String(allow_none=True)
    last_visit = fields.Dict(allow_none=True)
    next_visit = fields.Dict(allow_none=True)


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
