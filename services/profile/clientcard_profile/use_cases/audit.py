"""The client audit trail: who changed which field from what to what, when, under which request."""

from __future__ import annotations

import uuid

from clientcard_kit import cursors
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import AuditEntry
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.changes import jsonable
from clientcard_profile.use_cases.lookup import load_visible_client


def record_changes(
    uow: ProfileUnitOfWork,
    client_id: uuid.UUID | str,
    changes: dict[str, tuple[object, object]],
    context: CallContext | None,
    action: str = "updated",
) -> None:
    """Add one audit row per changed field, inside the caller's open unit of work (no commit).

    `changes` is `{field: (old, new)}` (see `domain.changes.diff`); values are stored as JSON
    (dates, decimals and UUIDs become strings). `context` is the service's `self.context`
    (request id and actor); None records an anonymous system change. `action` names the use
    case: `created`, `updated`, `archived`, `restored`, `linked`, `merged`, `imported`, ...
    An empty `changes` still records one row with `field` None, so actions without field
    changes (e.g. a merge) are visible too.
    """
    client_uuid = uuid.UUID(str(client_id))
    actor_id = context.actor_id if context else None
    actor_name = context.actor_name if context else None
    request_id = context.request_id if context else None
    items = list(changes.items()) or [(None, (None, None))]
    for field, (old, new) in items:
        uow.audit.add(
            AuditEntry(
                client_id=client_uuid,
                action=action,
                field=field,
                old_value=jsonable(old),
                new_value=jsonable(new),
                actor_id=actor_id,
                actor_name=actor_name,
                request_id=request_id,
            )
        )


def _decode_cursor(cursor: str | None) -> int | None:
    before = cursors.decode(cursor, cursors.row_id)
    return before[0] if before else None


def list_audit(
    uow: ProfileUnitOfWork,
    client_id: str,
    *,
    limit: int = 50,
    cursor: str | None = None,
    context: CallContext | None = None,
) -> dict:
    """The client's audit trail, newest first: `{items, next_cursor}`. Raises ClientNotFound (also
    for a client the caller may not see), SearchInvalid."""
    limit = max(1, min(int(limit), 200))
    before = _decode_cursor(cursor)
    with uow:
        client = load_visible_client(uow, client_id, context)
        entries = uow.audit.list_for_client(client.id, limit=limit + 1, before_id=before)
        items = [contracts.AuditEntryOutput().dump(entry) for entry in entries[:limit]]
        next_cursor = None
        if len(entries) > limit:  # one more than asked: there is a next page, after the last shown
            next_cursor = cursors.encode([entries[limit - 1].id])
    return {"items": items, "next_cursor": next_cursor}
