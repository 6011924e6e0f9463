"""Schemas every resource shares: Money, lists, problems."""

import datetime
import decimal

from marshmallow import Schema, ValidationError, fields, validate

MAX_MINOR = 10**12  # ten billion in a two-decimal currency: far above any sale, far below bigint
BIGINT = 2**63 - 1


class MoneySchema(Schema):
    """An amount of money: integer minor units (pence, cents) and an ISO 4217 code. Amounts are
    refused (422) beyond ±10^12 minor units, as floats or strings, and in a currency other than
    the chain's; operations say where only a positive amount is accepted."""

    amount = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(-MAX_MINOR, MAX_MINOR),
        # documented as what an answer may hold (a balance grows past any one request's bound)
        metadata={
            "description": "integer minor units (1050 is 10.50 GBP); in a request within ±10^12, else a 422",
            "example": 1050,
            "minimum": -BIGINT,
            "maximum": BIGINT,
        },
    )
    currency = fields.String(
        required=True,
        validate=validate.Regexp(r"^[A-Z]{3}$"),
        metadata={"description": "ISO 4217; must be the chain's currency (GBP by default)", "example": "GBP"},
    )


def money(**kwargs) -> fields.Nested:
    return fields.Nested(MoneySchema, **kwargs)


class ProblemSchema(Schema):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    type = fields.String(
        required=True,
        metadata={"description": "a URI naming the kind of problem", "example": "https://clientcard.dev/problems/invalid-input"},
    )
    title = fields.String(required=True, metadata={"description": "short, the same for every problem of this type"})
    status = fields.Integer(required=True, metadata={"description": "the HTTP status", "example": 422})
    detail = fields.String(required=True, metadata={"description": "what went wrong this time"})
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(),
        metadata={
            "description": "for invalid input: messages by field name (a list of strings; for a list or nested "
            "field, such lists by item index or key)",
            "example": {"email": ["Not a valid email address."]},
        },
    )
    request_id = fields.String(metadata={"description": "the request's `X-Request-ID`, to find it in the logs"})


class ListArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200), metadata={"description": "items per page"})
    cursor = fields.String(
        load_default=None,
        metadata={"description": "opaque: the `next_cursor` of the previous page; any other value is a 422"},
    )


class TwoDecimals(fields.Decimal):
    """A Decimal refused (422) beyond two decimals: marshmallow's `places` would round 12.345 silently."""

    default_error_messages = {"too_precise": "At most two decimals."}

    def _format_num(self, value):
        number = super()._format_num(value)
        exact = decimal.Decimal(str(value))
        if exact.is_finite() and exact != number:
            raise self.make_error("too_precise")
        return number


def _within_percent(value) -> None:
    if not 0 <= value <= 100:
        raise ValidationError("Must be between 0 and 100.")


def percent(**kwargs) -> fields.Decimal:
    """A percentage with at most two decimals (else 422), 0 to 100, sent on as a string so no float creeps in.

    Bounds are documented as numbers: a marshmallow Range on a Decimal would render them as
    strings, which is invalid OpenAPI.
    """
    metadata = {"minimum": 0, "maximum": 100, **kwargs.pop("metadata", {})}
    if kwargs.get("load_default") is not None:
        metadata.setdefault("default", float(kwargs["load_default"]))  # a number, as the bounds are
    return TwoDecimals(places=2, as_string=True, validate=_within_percent, metadata=metadata, **kwargs)


EARLIEST, LATEST = datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)


def plausible(value) -> None:
    """A date or time a person meant: 1900 to 2199. Year 1 or 9999 is a typo, and times at the edge of what
    Python can hold overflow once a time zone or a reminder's offset is applied."""
    day = value.date() if isinstance(value, datetime.datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(f"Must be between {EARLIEST} and {LATEST}.")


def born(value: datetime.date) -> None:
    """A date of birth: plausible, and not in the future."""
    plausible(value)
    if value > datetime.date.today():
        raise ValidationError("Must not be in the future.")


def uuid_out(**kwargs) -> fields.String:
    """An id in a response: a UUID string, dumped as stored."""
    metadata = {"format": "uuid", **kwargs.pop("metadata", {})}
    return fields.String(metadata=metadata, **kwargs)


class StrictBoolean(fields.Boolean):
    """`true` or `false` only: marshmallow's Boolean also takes 1, "yes" and "on" (and 0 == False in a set)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


def flag(**kwargs) -> fields.Boolean:
    """A boolean in a JSON body."""
    return StrictBoolean(**kwargs)
