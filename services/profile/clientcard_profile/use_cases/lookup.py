"""Finding one client by the id a caller sent, for every use case that starts from one, and the
one answer to "may this caller see this client": a location-limited caller sees a client homed,
visited or invoiced at one of its locations; for any other it is as if the client did not exist."""

from __future__ import annotations

import uuid

from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile.db.models import Client
from clientcard_profile.db.repositories.access import locations_of, visible_to
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import ClientArchived, ClientErased, ClientNotFound

__all__ = [
    "caller_locations",
    "load_client",
    "load_visible_client",
    "may_see",
    "parse_client_id",
    "refuse_closed",
    "visible_to",
]


def parse_client_id(client_id) -> uuid.UUID:
    """The id as a UUID; anything else names no client (ClientNotFound)."""
    return parse_id(client_id, what="client", not_found=ClientNotFound)


def caller_locations(context: CallContext | None) -> frozenset[uuid.UUID] | None:
    """The caller's locations as UUIDs; None when it may see every location (or no context: a
    call from inside the suite). An id that is not a UUID names no location and grants nothing."""
    if context is None or context.location_ids is None:
        return None
    parsed = set()
    for value in context.location_ids:
        try:
            parsed.add(uuid.UUID(str(value)))
        except ValueError:
            continue
    return frozenset(parsed)


def may_see(uow: ProfileUnitOfWork, client: Client, location_ids: frozenset[uuid.UUID] | None) -> bool:
    """Whether a caller limited to `location_ids` (None: unlimited) may see this client."""
    if location_ids is None:
        return True
    return not location_ids.isdisjoint(locations_of(uow.session, client.id))


def load_client(uow: ProfileUnitOfWork, client_id, *, for_update: bool = False) -> Client:
    """The client inside an open unit of work, row-locked when `for_update`. Raises ClientNotFound."""
    client_uuid = parse_client_id(client_id)
    client = uow.clients.get_for_update(client_uuid) if for_update else uow.clients.get(client_uuid)
    if client is None:
        raise ClientNotFound(f"No client {client_id}")
    return client


def load_visible_client(uow: ProfileUnitOfWork, client_id, context: CallContext | None, *, for_update: bool = False) -> Client:
    """`load_client`, and ClientNotFound, word for word, for a client the caller may not see."""
    client = load_client(uow, client_id, for_update=for_update)
    if not may_see(uow, client, caller_locations(context)):
        raise ClientNotFound(f"No client {client_id}")
    return client


def refuse_closed(client: Client, *, merged_too: bool = True) -> Client:
    """The client, unless it was erased (ClientErased, 409) or, with `merged_too`, merged into another
    (ClientArchived, 409): nothing more is written to either."""
    if client.status == "erased":
        raise ClientErased(f"Client {client.id} was erased; nothing more can be recorded for them")
    if merged_too and client.merged_into_id is not None:
        raise ClientArchived(f"Client {client.id} was merged into {client.merged_into_id}; write to that client")
    return client
