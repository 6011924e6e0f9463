"""Schemas every resource shares: Money, lists, problems."""
from marshmallow import Schema, ValidationError, fields, validate


class MoneySchema(Schema):
    amount = fields.Integer(required=True, metadata={"description": "integer minor units"})
    currency = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"), metadata={"example": "GBP"})


class ProblemSchema(Schema):
    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.Raw()))
    request_id = fields.String()


class ListArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = fields.String(load_default=None)


def _within_percent(value) -> None:
    if not 0 <= value <= 100:
        raise ValidationError("Must be between 0 and 100.")


def percent(**kwargs) -> fields.Decimal:
    """A percentage with two decimals, 0 to 100, sent on as a string so no float creeps in.

    Bounds are documented as numbers: a marshmallow Range on a Decimal would render them as
    strings, which is invalid OpenAPI.
    """
    metadata = {"minimum": 0, "maximum": 100, **kwargs.pop("metadata", {})}
    return fields.Decimal(places=2, as_string=True, validate=_within_percent, metadata=metadata, **kwargs)
