"""Creating and reading client records."""
from __future__ import annotations

import uuid

from clientcard_kit.contracts import load
from clientcard_profile import contracts
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import ClientInvalid, ClientNotFound
from clientcard_profile.phones import UnparseablePhone, to_e164


def _normalise_phones(data: dict, region: str) -> dict:
    errors = {}
    for field in ("phone", "additional_phone"):
        if data.get(field):
            try:
                data[field] = to_e164(data[field], region)
            except UnparseablePhone as error:
                errors[field] = [str(error)]
        else:
            data[field] = None
    if errors:
        raise ClientInvalid("The client has invalid fields", errors=errors)
    return data


def create_client(
    uow: ProfileUnitOfWork, payload: dict, *, region: str, idempotency_key: str | None = None, request_hash: str | None = None
) -> dict:
    """Create a client and announce `client_created`. Raises ClientInvalid, IdempotencyKeyReused."""
    data = _normalise_phones(load(contracts.ClientInput(), payload), region)
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "create_client", request_hash)
        if replayed is not None:
            return replayed
        client = uow.clients.add(Client(id=uuid.uuid4(), **data))
        uow.session.refresh(client)
        result = contracts.ClientOutput().dump(client)
        uow.outbox.add("client_created", contracts.client_created(client))
        uow.idempotency.save(idempotency_key, "create_client", request_hash, result)
        uow.commit()
    return result


def parse_client_id(client_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(client_id))
    except ValueError as error:
        raise ClientNotFound(f"No client {client_id!r}") from error


def get_client(uow: ProfileUnitOfWork, client_id: str) -> dict:
    """The client record. Raises ClientNotFound."""
    with uow:
        client = uow.clients.get(parse_client_id(client_id))
        if client is None:
            raise ClientNotFound(f"No client {client_id}")
        return contracts.ClientOutput().dump(client)
