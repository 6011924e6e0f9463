"""Public schemas of visits (appointments past and upcoming)."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from gateway.schemas.common import ListArgs, MoneySchema, plausible

STATUSES = ("booked", "confirmed", "completed", "cancelled", "no_show")


class VisitUpdateSchema(Schema):
    starts_at = fields.AwareDateTime(validate=plausible)
    ends_at = fields.AwareDateTime(allow_none=True, validate=plausible)
    service = fields.String(allow_none=True, validate=validate.Length(max=200))
    staff = fields.String(allow_none=True, validate=validate.Length(max=200))
    location_id = fields.UUID(allow_none=True)
    status = fields.String(validate=validate.OneOf(STATUSES))
    comment = fields.String(allow_none=True, validate=validate.Length(max=5000))
    price = fields.Nested(MoneySchema, allow_none=True)

    @validates_schema
    def _ends_after_start(self, data, **kwargs):
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] < data["starts_at"]:
            raise ValidationError("ends_at must not be before starts_at", field_name="ends_at")


class VisitCreateSchema(VisitUpdateSchema):
    starts_at = fields.AwareDateTime(required=True, validate=plausible)
    external_id = fields.String(
        allow_none=True,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "the booking system's id: a second POST with it updates the visit, never duplicates"},
    )


class VisitListArgs(ListArgs):
    status = fields.String(validate=validate.OneOf(STATUSES))


class VisitSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    external_id = fields.String(allow_none=True)
    starts_at = fields.String(metadata={"format": "date-time"})
    ends_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    service = fields.String(allow_none=True)
    staff = fields.String(allow_none=True)
    location_id = fields.String(allow_none=True)
    status = fields.String()
    comment = fields.String(allow_none=True)
    price = fields.Nested(MoneySchema, allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class VisitListSchema(Schema):
    items = fields.List(fields.Nested(VisitSchema))
    next_cursor = fields.String(allow_none=True)
