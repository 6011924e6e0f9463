"""The client's profile photo: which of their image files the card shows.

The gateway checks with the files service that the file is this client's photo before it calls
`set_profile_photo`, and again after (`forget_photo_file` when it went meanwhile); files announces
`file_deleted`, and `forget_deleted_photo` clears every photo that named the file, so no photo points
at a file that is gone.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from clientcard_kit.ids import parse_id_or_none
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.changes import changed_fields, diff
from clientcard_profile.exceptions import ClientArchived, ClientInvalid, ClientVersionMismatch
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.clients import client_record, snapshot
from clientcard_profile.use_cases.lookup import load_visible_client, refuse_closed


def _change_photo(uow: ProfileUnitOfWork, client: Client, file_id: uuid.UUID | None, context, action: str) -> bool:
    """Set the photo, audit it and announce `client_updated`; False when it was that photo already."""
    before = snapshot(uow, client)
    client.photo_file_id = file_id
    changes = diff(before, snapshot(uow, client))
    if not changes:
        return False
    client.version += 1
    record_changes(uow, client.id, changes, context, action)
    uow.outbox.add("client_updated", contracts.client_updated(client, changed_fields(changes)))
    return True


def set_profile_photo(
    uow: ProfileUnitOfWork,
    client_id: str,
    file_id: str | None,
    *,
    expected_version: int | None = None,
    context: CallContext | None = None,
) -> dict:
    """Make `file_id` the client's photo (None clears it); setting the same photo again changes nothing.

    Raises ClientNotFound (404), ClientArchived (409), ClientVersionMismatch (412), ClientInvalid
    (422: `file_id` is not a UUID)."""
    photo = None
    if file_id is not None:
        photo = parse_id_or_none(file_id)
        if photo is None:
            raise ClientInvalid("The photo must name a file", errors={"file_id": ["Not a valid UUID."]})
    with uow:
        client = refuse_closed(load_visible_client(uow, client_id, context, for_update=True), merged_too=False)
        if expected_version is not None and client.version != expected_version:
            raise ClientVersionMismatch(f"The client is at version {client.version}, not {expected_version}; read it again")
        if client.status == "archived":
            raise ClientArchived("Restore the client before changing it")
        _change_photo(uow, client, photo, context, "updated")
        result = client_record(uow, client, context)
        uow.commit()
    return result


def forget_photo_file(uow: ProfileUnitOfWork, file_id: str | uuid.UUID) -> int:
    """Every client whose photo is this file (deleted) shows none: a survivor and its merged duplicate
    may both name it. Answers how many were cleared; a second call finds nothing left to clear."""
    file_uuid = parse_id_or_none(file_id)
    if file_uuid is None:
        return 0
    with uow:
        holders = uow.session.scalars(
            sa.select(Client).where(Client.photo_file_id == file_uuid).order_by(Client.id).with_for_update()
        ).all()
        cleared = sum(_change_photo(uow, client, None, None, "photo_deleted") for client in holders)
        uow.commit()
    return cleared


def forget_deleted_photo(uow: ProfileUnitOfWork, event: dict) -> int:
    """`file_deleted`: the file's photos are cleared; a redelivery changes nothing."""
    return forget_photo_file(uow, event["file_id"])
