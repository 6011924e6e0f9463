"""Public schemas of the loyalty program's settings."""

from marshmallow import Schema, fields, validate

from gateway.schemas.common import MoneySchema


class LoyaltyTierSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=50))
    min_spend = fields.Nested(MoneySchema, required=True, metadata={"description": "net spend over the tier window"})


class LoyaltyProgramUpdateSchema(Schema):
    """Omitted fields keep their value."""

    points_per_unit = fields.Integer(
        strict=True, validate=validate.Range(min=0, max=1000), metadata={"description": "points per whole unit of currency paid"}
    )
    expiry_days = fields.Integer(strict=True, validate=validate.Range(min=1, max=3650))
    tier_window_days = fields.Integer(strict=True, validate=validate.Range(min=1, max=3650))
    tiers = fields.List(fields.Nested(LoyaltyTierSchema))
    excluded_location_ids = fields.List(fields.UUID(), metadata={"description": "locations where nothing is earned"})


class LoyaltyProgramSchema(Schema):
    points_per_unit = fields.Integer()
    expiry_days = fields.Integer()
    tier_window_days = fields.Integer()
    tiers = fields.List(fields.Nested(LoyaltyTierSchema))
    excluded_location_ids = fields.List(fields.String())
    version = fields.Integer()
    updated_at = fields.String(metadata={"format": "date-time"})
