"""Public schemas of API keys."""

from datetime import UTC, datetime

from marshmallow import Schema, ValidationError, fields, validate

from gateway.keys import ALL_SCOPES, WILDCARD

MAX_GRACE_SECONDS = 7 * 24 * 3600


def _in_the_future(value: datetime) -> None:
    if value <= datetime.now(UTC):
        raise ValidationError("Must be in the future.")


def rate_limit_field(**kwargs) -> fields.Integer:
    return fields.Integer(
        allow_none=True,
        validate=validate.Range(min=0),
        metadata={"description": "requests a minute; null: the gateway's default, 0: unlimited"},
        **kwargs,
    )


def _known_scopes(scopes: list[str]) -> None:
    """One message for the whole list (a ContainsOnly would document an enum on the array itself)."""
    validate.ContainsOnly((*ALL_SCOPES, WILDCARD), error="Unknown scopes; known: {choices}.")(scopes)


class ApiKeyCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    scopes = fields.List(
        fields.String(metadata={"enum": [*ALL_SCOPES, WILDCARD]}),  # documented per item, checked on the whole list
        required=True,
        validate=_known_scopes,
    )
    location_ids = fields.List(fields.UUID(), allow_none=True)
    expires_at = fields.AwareDateTime(allow_none=True, validate=_in_the_future, metadata={"description": "RFC 3339"})
    rate_limit = rate_limit_field()


class ApiKeyRateLimitSchema(Schema):
    rate_limit = rate_limit_field(required=True)


class ApiKeyRotateSchema(Schema):
    grace_seconds = fields.Integer(
        load_default=86400,
        validate=validate.Range(min=0, max=MAX_GRACE_SECONDS),
        metadata={"description": "how long the current secret keeps working"},
    )


class ApiKeySchema(Schema):
    id = fields.String()
    name = fields.String()
    prefix = fields.String()
    scopes = fields.List(fields.String())
    location_ids = fields.List(fields.String(), allow_none=True)
    created_at = fields.String(metadata={"format": "date-time"})
    revoked_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    expires_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    last_used_at = fields.String(allow_none=True, metadata={"format": "date-time", "description": "to within about a minute"})
    rate_limit = rate_limit_field()
    rotated_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    previous_valid_until = fields.String(
        allow_none=True, metadata={"format": "date-time", "description": "when the secret before the last rotation stops"}
    )
    secret = fields.String(metadata={"description": "shown once, at creation and at rotation"})


class ApiKeyListSchema(Schema):
    items = fields.List(fields.Nested(ApiKeySchema))
    next_cursor = fields.String(allow_none=True)
