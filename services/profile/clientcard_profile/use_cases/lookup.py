"""Finding one client by the id a caller sent, for every use case that starts from one."""
from __future__ import annotations

import uuid

from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import ClientNotFound


def parse_client_id(client_id) -> uuid.UUID:
    """The id as a UUID; anything else names no client (ClientNotFound)."""
    try:
        return uuid.UUID(str(client_id))
    except ValueError as error:
        raise ClientNotFound(f"No client {client_id!r}") from error


def load_client(uow: ProfileUnitOfWork, client_id, *, for_update: bool = False) -> Client:
    """The client inside an open unit of work, row-locked when `for_update`. Raises ClientNotFound."""
    client_uuid = parse_client_id(client_id)
    client = uow.clients.get_for_update(client_uuid) if for_update else uow.clients.get(client_uuid)
    if client is None:
        raise ClientNotFound(f"No client {client_id}")
    return client
