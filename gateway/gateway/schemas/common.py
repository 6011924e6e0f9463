"""Schemas every resource shares: Money, lists, problems."""
from marshmallow import Schema, fields, validate


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
