"""RPC and event contracts of the profile service."""
from __future__ import annotations

from marshmallow import fields, validate

from clientcard_kit.contracts import Contract

GENDERS = ("female", "male", "non_binary", "other", "unknown")
STATUSES = ("active", "archived")


class ClientInput(Contract):
    """What `create_client` accepts; phones are normalised by the use case."""

    first_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    last_name = fields.String(load_default="", validate=validate.Length(max=100))
    email = fields.Email(allow_none=True, load_default=None)
    phone = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=40))
    additional_phone = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=40))
    gender = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(GENDERS))
    date_of_birth = fields.Date(allow_none=True, load_default=None)
    categories = fields.List(fields.String(validate=validate.Length(min=1, max=100)), load_default=list)
    tags = fields.List(fields.String(validate=validate.Length(min=1, max=100)), load_default=list)
    custom_fields = fields.Dict(keys=fields.String(), load_default=dict)
    home_location_id = fields.UUID(allow_none=True, load_default=None)
    discount_percent = fields.Decimal(places=2, load_default=0, validate=validate.Range(0, 100))
    card_number = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=50))
    online_booking_disabled = fields.Boolean(load_default=False)


class ClientOutput(Contract):
    id = fields.String()
    first_name = fields.String()
    last_name = fields.String()
    email = fields.String(allow_none=True)
    phone = fields.String(allow_none=True)
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True)
    date_of_birth = fields.Date(allow_none=True)
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict()
    home_location_id = fields.String(allow_none=True)
    discount_percent = fields.Float()
    card_number = fields.String(allow_none=True)
    online_booking_disabled = fields.Boolean()
    status = fields.String()
    version = fields.Integer()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


def client_created(client) -> dict:
    """Event payload: ids and facts other services need, no personal data."""
    return {
        "client_id": str(client.id),
        "home_location_id": str(client.home_location_id) if client.home_location_id else None,
    }
