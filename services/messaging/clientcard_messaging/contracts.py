"""RPC and event contracts of the messaging service (readers of other services' events)."""
from marshmallow import fields

from clientcard_kit.contracts import EventEnvelope


class ClientMergedEvent(EventEnvelope):
    """profile's `client_merged` and `client_merge_undone`."""

    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ClientErasedEvent(EventEnvelope):
    client_id = fields.UUID(required=True)
