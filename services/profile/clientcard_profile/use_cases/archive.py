"""Archive instead of delete, and restore: archived clients leave default searches but keep their history."""

from __future__ import annotations

from datetime import datetime

from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import ClientVersionMismatch
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.clients import client_record, ensure_card_number_free, flush_card_number
from clientcard_profile.use_cases.lookup import load_visible_client, refuse_closed


def _set_status(
    uow: ProfileUnitOfWork,
    client_id: str,
    status: str,
    *,
    now: datetime,
    expected_version: int | None,
    context: CallContext | None,
) -> dict:
    with uow:
        client = refuse_closed(load_visible_client(uow, client_id, context, for_update=True), merged_too=False)
        if expected_version is not None and client.version != expected_version:
            raise ClientVersionMismatch(f"The client is at version {client.version}, not {expected_version}")
        if client.status == status:  # archiving twice is a no-op, not an error
            return client_record(uow, client, context)
        if status == "active":
            ensure_card_number_free(uow, client.card_number, client.id)
        old = client.status
        client.status = status
        client.archived_at = now if status == "archived" else None
        client.version += 1
        flush_card_number(uow, client.card_number)  # a racing restore or write may take the number meanwhile
        action = "archived" if status == "archived" else "restored"
        record_changes(uow, client.id, {"status": (old, status)}, context, action)
        uow.outbox.add(f"client_{action}", contracts.client_status_changed(client))
        result = client_record(uow, client, context)
        uow.commit()
    return result


def archive_client(
    uow: ProfileUnitOfWork,
    client_id: str,
    *,
    now: datetime,
    expected_version: int | None = None,
    context: CallContext | None = None,
) -> dict:
    """Archive the client and announce `client_archived` (idempotent).
    Raises ClientNotFound (404), ClientVersionMismatch (412)."""
    return _set_status(uow, client_id, "archived", now=now, expected_version=expected_version, context=context)


def restore_client(
    uow: ProfileUnitOfWork,
    client_id: str,
    *,
    now: datetime,
    expected_version: int | None = None,
    context: CallContext | None = None,
) -> dict:
    """Bring an archived client back and announce `client_restored` (idempotent).
    Raises ClientNotFound (404), CardNumberTaken (409) when an active client now holds its card
    number, ClientVersionMismatch (412)."""
    return _set_status(uow, client_id, "active", now=now, expected_version=expected_version, context=context)
