"""Which cached card sections an event makes stale: pure, so the rule is tested without a broker.

An event drops its source service's section of every client it names; a change of who the
client is (merge, undo, erasure, restriction, archive) drops every section of each client named.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

WHOLE_CARD = None  # a drop of every section, as CardCache.drop takes it

# the event types, per source service, that change what that service's card section shows
EVENTS: dict[str, tuple[str, ...]] = {
    "profile": (
        "client_created",
        "client_updated",
        "client_merged",
        "client_merge_undone",
        "client_erased",
        "client_restricted",
        "client_unrestricted",
        "client_archived",
        "client_restored",
        "visit_booked",
        "visit_updated",
        "visit_cancelled",
        "note_added",
        "note_changed",
        "note_deleted",
        "note_acknowledged",
        "client_locations_changed",  # an invoice at a new location: who may see the card changed
    ),
    "billing": (
        "balance_changed",
        "invoice_issued",
        "invoice_voided",
        "payment_recorded",
        "payment_reversed",
        "refund_issued",
        "account_opened",
        "client_data_moved",
        "client_data_erased",
        "imported_sales_recorded",  # a visits import's history: total spent and paid changed
    ),
    "loyalty": (
        "points_earned",
        "points_spent",
        "points_expired",
        "tier_changed",
        "loyalty_card_changed",
        "gift_card_changed",
        "membership_changed",
        "credits_changed",
        "client_data_moved",
        "client_data_erased",
    ),
    "messaging": ("message_status_changed", "call_logged", "client_data_moved", "client_data_erased"),
    "files": (
        "file_stored",
        "file_deleted",
        "file_changed",
        "consent_signed",
        "consent_withdrawn",
        "client_data_moved",
        "client_data_erased",
    ),
}

# profile's events that change who the client is: every service's section of both clients goes
WHOLE_CARD_EVENTS = frozenset(
    {
        "client_merged",
        "client_merge_undone",
        "client_erased",
        "client_restricted",
        "client_unrestricted",
        "client_archived",
        "client_restored",
    }
)

CLIENT_FIELDS = ("client_id", "source_id")  # besides every `*_client_id` field (payer, to, from, related)

Drops = dict[str, frozenset[str] | None]


def client_ids(payload: Mapping) -> list[str]:
    """Every client an event names, in the order it names them."""
    found = [payload.get(field) for field in CLIENT_FIELDS]
    found += [value for field, value in payload.items() if field.endswith("_client_id")]
    return list(dict.fromkeys(str(value) for value in found if value))


def drops_for(service: str, event_type: str, payload: Mapping) -> Drops:
    """The sections one event makes stale: {client_id: services to drop, or WHOLE_CARD}."""
    if event_type not in EVENTS.get(service, ()):
        return {}
    sections = WHOLE_CARD if service == "profile" and event_type in WHOLE_CARD_EVENTS else frozenset({service})
    return {client_id: sections for client_id in client_ids(payload)}


def combine(drops: Iterable[Drops]) -> Drops:
    """Many events' drops as one: a client's sections add up, and a whole-card drop covers them all."""
    combined: Drops = {}
    for drop in drops:
        for client_id, sections in drop.items():
            if client_id in combined and combined[client_id] is WHOLE_CARD:
                continue
            if sections is WHOLE_CARD or client_id not in combined:
                combined[client_id] = sections
            else:
                combined[client_id] = combined[client_id] | sections
    return combined


def bindings() -> list[tuple[str, str]]:
    """(exchange, routing key) pairs the projector's queue is bound with."""
    return [(f"{service}.events", event_type) for service, types in EVENTS.items() for event_type in types]
