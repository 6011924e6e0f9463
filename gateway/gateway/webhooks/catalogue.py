"""Which internal events are API events: `<resource>.<verb>`, the scope that may see them, their resource.

Pure: the worker's consumer and the tests share it. Built on the card read model's event catalogue
(gateway.card_projector.mapping), whose exchanges and event names it reuses.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

# the API's event types, as API.md lists them
EVENT_TYPES = (
    "client.created",
    "client.updated",
    "client.merged",
    "client.erased",
    "visit.booked",
    "visit.updated",
    "invoice.issued",
    "payment.recorded",
    "refund.issued",
    "balance.changed",
    "points.earned",
    "points.spent",
    "points.expired",
    "tier.changed",
    "gift_card.changed",
    "membership.changed",
    "message.status_changed",
    "file.added",
    "consent.signed",
)
ALL = "*"
NAMESPACE = uuid.UUID("7d0c3f8e-4b7a-4d59-9a51-2f7f3c1b9e10")  # API event ids derive from internal ones


@dataclass(frozen=True)
class Resource:
    """How the worker reads the resource an event is about: `service.method(<payload[arg]>, *extra)`,
    shown through the API schema named `schema` (gateway.webhooks.resources); `find` picks it out of a list."""

    service: str
    method: str
    arg: str
    schema: str
    extra: tuple = ()
    find: str | None = None  # a list RPC: the payload field naming the item to pick out of its `items`


CLIENT = Resource("profile", "get_client", "client_id", "client")
VISIT = Resource("profile", "list_visits", "client_id", "visit", extra=(200,), find="visit_id")
INVOICE = Resource("billing", "get_invoice", "invoice_id", "invoice")
BALANCE = Resource("billing", "get_balance", "client_id", "balance", extra=(20, None))
LOYALTY = Resource("loyalty", "get_loyalty", "client_id", "loyalty")
LOYALTY_CARD = Resource("loyalty", "get_card", "card_id", "loyalty_card")
MESSAGE = Resource("messaging", "list_messages", "client_id", "message", extra=(200,), find="message_id")
FILE = Resource("files", "get_file", "file_id", "file")


@dataclass(frozen=True)
class Kind:
    type: str
    scope: str
    resource: Resource | None  # None: the data is the event's own facts (an erased client has no record)


TRANSLATIONS: dict[tuple[str, str], Kind] = {
    ("profile", "client_created"): Kind("client.created", "clients:read", CLIENT),
    ("profile", "client_updated"): Kind("client.updated", "clients:read", CLIENT),
    ("profile", "client_archived"): Kind("client.updated", "clients:read", CLIENT),
    ("profile", "client_restored"): Kind("client.updated", "clients:read", CLIENT),
    ("profile", "client_restricted"): Kind("client.updated", "clients:read", CLIENT),
    ("profile", "client_unrestricted"): Kind("client.updated", "clients:read", CLIENT),
    ("profile", "client_merged"): Kind("client.merged", "clients:read", CLIENT),
    ("profile", "client_erased"): Kind("client.erased", "clients:read", None),
    ("profile", "visit_booked"): Kind("visit.booked", "clients:read", VISIT),
    ("profile", "visit_updated"): Kind("visit.updated", "clients:read", VISIT),
    ("profile", "visit_cancelled"): Kind("visit.updated", "clients:read", VISIT),
    ("profile", "consent_signed"): Kind("consent.signed", "clients:read", None),
    ("billing", "invoice_issued"): Kind("invoice.issued", "billing:read", INVOICE),
    ("billing", "payment_recorded"): Kind("payment.recorded", "billing:read", INVOICE),
    ("billing", "refund_issued"): Kind("refund.issued", "billing:read", INVOICE),
    ("billing", "balance_changed"): Kind("balance.changed", "billing:read", BALANCE),
    ("loyalty", "points_earned"): Kind("points.earned", "loyalty:read", LOYALTY),
    ("loyalty", "points_spent"): Kind("points.spent", "loyalty:read", LOYALTY),
    ("loyalty", "points_expired"): Kind("points.expired", "loyalty:read", LOYALTY),
    ("loyalty", "tier_changed"): Kind("tier.changed", "loyalty:read", LOYALTY),
    ("loyalty", "gift_card_changed"): Kind("gift_card.changed", "loyalty:read", LOYALTY_CARD),
    ("loyalty", "membership_changed"): Kind("membership.changed", "loyalty:read", LOYALTY_CARD),
    ("messaging", "message_status_changed"): Kind("message.status_changed", "messages:read", MESSAGE),
    ("files", "file_stored"): Kind("file.added", "files:read", FILE),
    ("files", "consent_signed"): Kind("consent.signed", "clients:read", None),
}
MEDICAL_SCOPE = "files:medical"
LOCATION_FIELDS = ("location_id", "home_location_id")  # the facts' own locations, when profile no longer answers


@dataclass(frozen=True)
class ApiEvent:
    """One internal event as the API announces it, before its resource is read."""

    id: str
    type: str
    occurred_at: str | None
    client_id: str | None
    scope: str
    resource: Resource | None
    facts: Mapping = field(default_factory=dict)

    def location_hints(self) -> list[str]:
        return [str(self.facts[name]) for name in LOCATION_FIELDS if self.facts.get(name)]


def translate(service: str, event_type: str, payload: Mapping) -> ApiEvent | None:
    """The API event an internal one is, or None when integrators are not told of it."""
    kind = TRANSLATIONS.get((service, event_type))
    if kind is None or not payload.get("event_id") or payload.get("imported"):
        return None  # unknown, or history brought by an import: integrators are not told of the past
    scope = MEDICAL_SCOPE if kind.type == "file.added" and payload.get("kind") == "medical" else kind.scope
    client_id = payload.get("client_id")
    return ApiEvent(
        id=str(uuid.uuid5(NAMESPACE, f"{service}:{event_type}:{payload['event_id']}")),
        type=kind.type,
        occurred_at=payload.get("occurred_at"),
        client_id=str(client_id) if client_id else None,
        scope=scope,
        resource=kind.resource,
        facts=payload,
    )


def fallback_data(event: ApiEvent) -> dict:
    """The data of an event whose resource cannot be read (erased, gone): its facts, ids first, no envelope."""
    envelope = {"event_id", "occurred_at", "version"}
    data = {key: value for key, value in event.facts.items() if key not in envelope}
    if event.client_id:
        data = {"client_id": event.client_id, **data}
    if event.type.startswith("client."):
        data = {"id": event.client_id, **{k: v for k, v in data.items() if k != "client_id"}}
    return data


def exchanges() -> list[tuple[str, str]]:
    """(exchange, routing key) pairs the worker's queue is bound with."""
    return [(f"{service}.events", event_type) for service, event_type in TRANSLATIONS]


def unknown_types(types: list[str]) -> list[str]:
    """The unknown types among `types` (`*` alone stands for every type)."""
    if types == [ALL]:
        return []
    return [value for value in types if value not in EVENT_TYPES]
