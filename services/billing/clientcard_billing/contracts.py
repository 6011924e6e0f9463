"""RPC and event contracts of the billing service."""
from marshmallow import fields

from clientcard_kit.contracts import EventEnvelope


class ClientCreatedEvent(EventEnvelope):
    """profile's `client_created`: billing opens the client's account."""

    client_id = fields.UUID(required=True)


def money(amount_minor: int, currency: str) -> dict:
    return {"amount": amount_minor, "currency": currency}


def account_opened(client_id, currency: str) -> dict:
    return {"client_id": str(client_id), "currency": currency}
