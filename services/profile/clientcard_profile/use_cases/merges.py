"""Merging a duplicate client into a survivor, with a preview, field-by-field choices and an undo.

Profile moves its own notes, visits and family links and records exactly which ones moved;
every other service obeys `client_merged` for its rows (and `client_merge_undone` to move them back).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa

from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Client, ClientMerge
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain import merge_plan
from clientcard_profile.domain.changes import changed_fields, diff, jsonable
from clientcard_profile.exceptions import (
    CardNumberTaken,
    ClientNotFound,
    MergeConflict,
    MergeInvalid,
    MergeNotFound,
    MergeUndoRefused,
)
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.clients import client_record, snapshot
from clientcard_profile.use_cases.lookup import caller_locations, may_see, parse_client_id
from clientcard_profile.use_cases.merge_links import move_links, move_links_back, plan_links
from clientcard_profile.use_cases.visits import refresh_visit_dates

SOURCE_STATE = ("status", "archived_at", "merged_into_id", "version")


def _lock_pair(
    uow: ProfileUnitOfWork, target_id: uuid.UUID, source_id: uuid.UUID, context: CallContext | None = None
) -> tuple[Client, Client | None]:
    """Both rows locked, always in id order so two opposite merges cannot deadlock. A client the
    caller may not see is treated as one that does not exist."""
    locked = {}
    for client_id in sorted((target_id, source_id)):
        locked[client_id] = uow.clients.get_for_update(client_id)
    location_ids = caller_locations(context)
    for client_id, client in locked.items():
        if client is not None and not may_see(uow, client, location_ids):
            locked[client_id] = None
    if locked[target_id] is None:
        raise ClientNotFound(f"No client {target_id}")
    return locked[target_id], locked[source_id]


def _check_mergeable(target: Client, source: Client | None, source_id: uuid.UUID) -> None:
    if source is None:
        raise MergeInvalid(f"No client {source_id} to merge", errors={"source_id": ["unknown client"]})
    if target.status == "archived":
        raise MergeConflict("The surviving client is archived; restore it first")
    if "erased" in (target.status, source.status):
        raise MergeConflict("An erased client cannot be merged")
    if source.merged_into_id is not None:
        raise MergeConflict(f"Client {source.id} was already merged into {source.merged_into_id}")


def _field_values(client: Client) -> dict:
    return {field: getattr(client, field) for field in merge_plan.MERGEABLE_FIELDS}


def merge_clients(
    uow: ProfileUnitOfWork, client_id: str, merge_request: dict, *, context: CallContext | None, now: datetime
) -> dict:
    """Merge `source_id` into `client_id`, or with `preview` only say what would happen.

    The answer names every field (survivor's value, duplicate's, result, which was kept) and how
    many notes, visits and family links move. A real merge fills the survivor's fields, moves the
    notes, visits and links (a link to the survivor itself, or to someone the survivor is linked
    to already, is dropped rather than doubled), archives the duplicate with `merged_into_id`,
    audits both and announces `client_merged` {merge_id, client_id, source_id}. Raises ClientNotFound (404), MergeInvalid
    (422: itself, unknown source, unknown `keep` field), MergeConflict (409: archived survivor,
    duplicate already merged), CardNumberTaken (409). A client the caller may not see is answered
    exactly as an unknown one (the survivor 404, the duplicate 422).
    """
    target_id, source_id = parse_client_id(client_id), merge_request["source_id"]
    if target_id == source_id:
        raise MergeInvalid("A client cannot be merged into itself", errors={"source_id": ["the same client"]})
    with uow:
        target, source = _lock_pair(uow, target_id, source_id, context)
        _check_mergeable(target, source, source_id)
        try:
            outcomes = merge_plan.plan(_field_values(target), _field_values(source), merge_request["keep"])
        except merge_plan.UnknownMergeField as error:
            raise MergeInvalid(str(error), errors={"keep": [str(error)]}) from error
        links, dropped_links = plan_links(uow, target, source)
        moves = {
            "notes": uow.notes.ids_of_client(source.id),
            "visits": uow.visits.ids_of_client(source.id),
            "links": sorted(links),
        }
        fields = {
            field: {"target": jsonable(o.target), "source": jsonable(o.source), "result": jsonable(o.result), "kept": o.kept}
            for field, o in outcomes.items()
        }
        updates = merge_plan.changes(outcomes)
        answer = {
            "preview": merge_request["preview"],
            "client_id": str(target.id),
            "source_id": str(source.id),
            "fields": fields,
            "changes": sorted(updates),
            "moves": {kind: len(ids) for kind, ids in moves.items()},
            "moving": {kind: [str(item) for item in ids] for kind, ids in moves.items()},
            "elsewhere": "billing, loyalty, messaging and files move their records when the merge is announced",
        }
        if merge_request["preview"]:
            return answer
        merge = _merge(uow, target, source, updates, moves, (links, dropped_links), context=context, now=now)
        answer.update(merge=contracts.merge_view(merge), client=client_record(uow, target, context))
        uow.commit()
    return answer


def _merge(
    uow, target: Client, source: Client, updates: dict, moves: dict, links: tuple[dict, dict], *, context, now
) -> ClientMerge:
    source_before = {field: jsonable(getattr(source, field)) for field in SOURCE_STATE}
    target_snapshot = snapshot(uow, target)
    # archive the duplicate first: its card number is free before the survivor takes it
    source.status, source.merged_into_id, source.archived_at = "archived", target.id, now
    source.version += 1
    uow.flush()
    if updates.get("card_number") and uow.clients.active_with_card_number(updates["card_number"], other_than=target.id):
        raise CardNumberTaken("The duplicate's card number belongs to a third client", errors={"card_number": ["in use"]})
    for field, value in updates.items():
        setattr(target, field, value)
    moved_links = move_links(uow, target, source, *links, context)
    target_changes = diff(target_snapshot, snapshot(uow, target))
    if target_changes:
        target.version += 1
    uow.notes.reassign(moves["notes"], from_client=source.id, to_client=target.id)
    uow.visits.reassign(moves["visits"], from_client=source.id, to_client=target.id)
    # billing moves the invoices themselves on client_merged; where they were issued follows here
    invoices = uow.invoice_locations.ids_of_client(source.id)
    uow.invoice_locations.reassign(invoices, from_client=source.id, to_client=target.id)
    uow.flush()
    refresh_visit_dates(uow, target.id, now)
    refresh_visit_dates(uow, source.id, now)
    merge = uow.merges.add(
        ClientMerge(
            id=uuid.uuid4(),
            client_id=target.id,
            source_id=source.id,
            moved={
                "notes": [str(i) for i in moves["notes"]],
                "visits": [str(i) for i in moves["visits"]],
                "invoices": [str(i) for i in invoices],
                **moved_links,
            },
            target_before={
                field: {"before": jsonable(target_snapshot[field]), "after": jsonable(value)} for field, value in updates.items()
            },
            source_before=source_before,
            actor_id=context.actor_id if context else None,
            actor_name=context.actor_name if context else None,
        )
    )
    record_changes(uow, target.id, {**target_changes, "merged_from": (None, str(source.id))}, context, "merged")
    source_links = {f"linked_clients.{other}": (relation, None) for other, relation in {**links[0], **links[1]}.items()}
    record_changes(
        uow,
        source.id,
        {"status": ("active", "archived"), "merged_into_id": (None, str(target.id)), **source_links},
        context,
        "merged_into",
    )
    uow.outbox.add("client_merged", {"merge_id": str(merge.id), "client_id": str(target.id), "source_id": str(source.id)})
    if target_changes:
        uow.outbox.add("client_updated", contracts.client_updated(target, changed_fields(target_changes)))
    return merge


def _column_value(field: str, value):
    """A JSON value recorded at merge time, back as the column's Python type."""
    if value is None:
        return None
    if field == "date_of_birth":
        return date.fromisoformat(value)
    if field == "discount_percent":
        return Decimal(value)
    if field in ("home_location_id", "photo_file_id"):
        return uuid.UUID(value)
    return value


def load_visible_merge(uow: ProfileUnitOfWork, merge_id: str, context: CallContext | None, *, for_update: bool) -> ClientMerge:
    """The merge, if the caller may see its survivor. Raises MergeNotFound (either way)."""
    merge_uuid = parse_id(merge_id, what="merge", not_found=MergeNotFound)
    merge = uow.merges.get(merge_uuid, for_update=for_update)
    location_ids = caller_locations(context)
    if merge is None or (location_ids is not None and not may_see(uow, uow.clients.get(merge.client_id), location_ids)):
        raise MergeNotFound(f"No merge {merge_id}")
    return merge


def undo_merge(uow: ProfileUnitOfWork, merge_id: str, *, context: CallContext | None, now: datetime) -> dict:
    """Within 30 days: move back exactly the notes, visits and family links that moved (and restore
    the links the merge dropped), restore the survivor's fields the merge changed (unless edited
    since) and the duplicate, announce `client_merge_undone`.

    Raises MergeNotFound (404, also when the caller may not see the survivor), MergeUndoRefused
    (409: undone already, too old, or either client changed status since), CardNumberTaken (409).
    """
    with uow:
        merge = load_visible_merge(uow, merge_id, context, for_update=True)
        if merge.undone_at is not None:
            raise MergeUndoRefused("This merge was undone already")
        if now - merge.created_at > timedelta(days=merge_plan.UNDO_WINDOW_DAYS):
            raise MergeUndoRefused(f"A merge can be undone within {merge_plan.UNDO_WINDOW_DAYS} days only")
        target, source = _lock_pair(uow, merge.client_id, merge.source_id)
        if source is None or source.merged_into_id != target.id or target.status == "archived":
            raise MergeUndoRefused("One of the clients changed status since the merge")
        target_snapshot = snapshot(uow, target)
        for field, values in merge.target_before.items():
            if jsonable(getattr(target, field)) == values["after"]:  # a later edit by someone wins over the undo
                setattr(target, field, _column_value(field, values["before"]))
        uow.flush()
        before = merge.source_before
        source.status = before["status"]
        source.archived_at = datetime.fromisoformat(before["archived_at"]) if before["archived_at"] else None
        source.merged_into_id = None
        source.version += 1
        try:
            uow.flush()
        except sa.exc.IntegrityError as error:
            raise CardNumberTaken("The duplicate's card number is in use again", errors={"card_number": ["in use"]}) from error
        moved = merge.moved or {}
        uow.notes.reassign([uuid.UUID(i) for i in moved.get("notes", [])], from_client=target.id, to_client=source.id)
        uow.visits.reassign([uuid.UUID(i) for i in moved.get("visits", [])], from_client=target.id, to_client=source.id)
        uow.invoice_locations.reassign(
            [uuid.UUID(i) for i in moved.get("invoices", [])], from_client=target.id, to_client=source.id
        )
        source_links = move_links_back(uow, target, source, moved, context)
        target_changes = diff(target_snapshot, snapshot(uow, target))
        if target_changes:
            target.version += 1
        uow.flush()
        refresh_visit_dates(uow, target.id, now)
        refresh_visit_dates(uow, source.id, now)
        merge.undone_at = now
        record_changes(uow, target.id, {**target_changes, "merge_undone": (str(merge.id), None)}, context, "merge_undone")
        record_changes(
            uow,
            source.id,
            {"status": ("archived", source.status), "merged_into_id": (str(target.id), None), **source_links},
            context,
            "merge_undone",
        )
        event = {"merge_id": str(merge.id), "client_id": str(target.id), "source_id": str(source.id)}
        uow.outbox.add("client_merge_undone", event)
        if target_changes:
            uow.outbox.add("client_updated", contracts.client_updated(target, changed_fields(target_changes)))
        result = {
            "merge": contracts.merge_view(merge),
            "client": client_record(uow, target, context),
            "source": client_record(uow, source, context),
        }
        uow.commit()
    return result
