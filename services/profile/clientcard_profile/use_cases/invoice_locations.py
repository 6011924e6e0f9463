"""Where a client was invoiced, heard from billing: a location-limited caller sees the clients
invoiced at its locations."""

from __future__ import annotations

import uuid

from clientcard_profile.db.repositories.access import locations_of
from clientcard_profile.db.uow import ProfileUnitOfWork

MAX_MERGE_HOPS = 5


def record_invoice_location(uow: ProfileUnitOfWork, event: dict) -> None:
    """Remember where one invoice was issued, once, however often the broker delivers it.

    An invoice of a duplicate merged before the event arrived belongs to the survivor (billing
    moved the invoice itself on `client_merged`)."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="record_invoice_location"):
            return  # a redelivery: the first one already recorded it
        client_id = event["client_id"]
        for _ in range(MAX_MERGE_HOPS):
            client = uow.clients.get(client_id)
            if client is None or client.merged_into_id is None:
                break
            client_id = client.merged_into_id
        known = set(locations_of(uow.session, client_id))
        uow.invoice_locations.record(event["invoice_id"], client_id, event["location_id"])
        if event["location_id"] and uuid.UUID(str(event["location_id"])) not in known:
            # the card's read model keeps who may see the client: its profile section must go
            uow.outbox.add("client_locations_changed", {"client_id": str(client_id)})
        uow.commit()
