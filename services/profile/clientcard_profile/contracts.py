"""RPC and event contracts of the profile service: the client record, then its history and the book around it
(notes, visits, imports, merges); every view of profile's rows is encoded here."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_kit.contracts import Contract, EventEnvelope
from clientcard_profile.domain.custom_fields import TYPES
from clientcard_profile.domain.merge_plan import CHOICES, UNDO_WINDOW_DAYS
from clientcard_profile.domain.notes import KINDS
from clientcard_profile.domain.relations import RELATIONS
from clientcard_profile.domain.visits import STATUSES as VISIT_STATUSES

if TYPE_CHECKING:  # views read these rows; contracts import no database code at run time
    from clientcard_profile.db.models import ClientImport, Erasure, ImportProgress, SealedRecord

GENDERS = ("female", "male", "non_binary", "other", "unknown")
STATUSES = ("active", "archived")
SORTS = ("name", "created_at", "updated_at", "last_visit_at", "next_visit_at", "relevance")


class LinkInput(Contract):
    """`relation` is what the linked client is to this one: `{client_id: B, relation: child}`."""

    client_id = fields.UUID(required=True)
    relation = fields.String(required=True, validate=validate.OneOf(RELATIONS))


class ClientInput(Contract):
    """What `create_client` accepts (and, loaded with `partial=True`, `update_client`); phones are
    normalised and custom fields checked by `use_cases.clients.validate_client_input`."""

    first_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    last_name = fields.String(load_default="", validate=validate.Length(max=100))
    email = fields.Email(allow_none=True, load_default=None)
    phone = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=40))
    additional_phone = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=40))
    gender = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(GENDERS))
    date_of_birth = fields.Date(allow_none=True, load_default=None)
    categories = fields.List(fields.String(validate=validate.Length(min=1, max=100)), load_default=list)
    tags = fields.List(fields.String(validate=validate.Length(min=1, max=100)), load_default=list)
    custom_fields = fields.Dict(keys=fields.String(), load_default=dict)
    home_location_id = fields.UUID(allow_none=True, load_default=None)
    discount_percent = fields.Decimal(places=2, load_default=0, validate=validate.Range(0, 100))
    card_number = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=50))
    online_booking_disabled = fields.Boolean(load_default=False)
    restricted = fields.Boolean(load_default=False)
    blocked = fields.Boolean(load_default=False)
    block_reason = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=1000))
    linked_clients = fields.List(fields.Nested(LinkInput), load_default=list)


class LinkOutput(Contract):
    client_id = fields.String()
    relation = fields.String()


class ClientOutput(Contract):
    id = fields.String()
    first_name = fields.String()
    last_name = fields.String()
    email = fields.String(allow_none=True)
    phone = fields.String(allow_none=True)
    additional_phone = fields.String(allow_none=True)
    gender = fields.String(allow_none=True)
    date_of_birth = fields.Date(allow_none=True)
    categories = fields.List(fields.String())
    tags = fields.List(fields.String())
    custom_fields = fields.Dict()
    home_location_id = fields.String(allow_none=True)
    discount_percent = fields.Float()
    card_number = fields.String(allow_none=True)
    photo_file_id = fields.String(allow_none=True)
    online_booking_disabled = fields.Boolean()
    status = fields.String()
    restricted = fields.Boolean()
    blocked = fields.Boolean()
    block_reason = fields.String(allow_none=True)
    merged_into_id = fields.String(allow_none=True)
    archived_at = fields.AwareDateTime(allow_none=True)
    last_visit_at = fields.AwareDateTime(allow_none=True)
    next_visit_at = fields.AwareDateTime(allow_none=True)
    version = fields.Integer()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class SearchInput(Contract):
    """Arguments of `search_clients`; `location_ids` limits results to a key's locations."""

    q = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))
    tag = fields.String(load_default=None, allow_none=True)
    category = fields.String(load_default=None, allow_none=True)
    location_id = fields.UUID(load_default=None, allow_none=True)
    location_ids = fields.List(fields.UUID(), load_default=None, allow_none=True)
    status = fields.String(load_default="active", validate=validate.OneOf((*STATUSES, "all")))
    birthday_month = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 12))
    last_visit_before = fields.AwareDateTime(load_default=None, allow_none=True)
    last_visit_after = fields.AwareDateTime(load_default=None, allow_none=True)
    sort = fields.String(load_default=None, allow_none=True, validate=validate.OneOf([*SORTS, *(f"-{s}" for s in SORTS)]))
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 200))
    cursor = fields.String(load_default=None, allow_none=True)


class LocationInput(Contract):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    timezone = fields.String(required=True, validate=validate.Length(min=1, max=64))
    reminder_hour = fields.Integer(load_default=None, allow_none=True, strict=True, validate=validate.Range(0, 23))
    active = fields.Boolean(load_default=True)


class LocationOutput(Contract):
    id = fields.String()
    name = fields.String()
    timezone = fields.String()
    reminder_hour = fields.Integer(allow_none=True)
    active = fields.Boolean()
    version = fields.Integer()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class CustomFieldInput(Contract):
    label = fields.String(required=True, validate=validate.Length(min=1, max=200))
    key = fields.String(load_default=None, allow_none=True)
    type = fields.String(required=True, validate=validate.OneOf(TYPES))
    options = fields.List(fields.String(validate=validate.Length(min=1, max=200)), load_default=list)
    required = fields.Boolean(load_default=False)


class CustomFieldChange(Contract):
    """What a definition may change after it exists: never its key or type (stored values depend on them)."""

    label = fields.String(validate=validate.Length(min=1, max=200))
    options = fields.List(fields.String(validate=validate.Length(min=1, max=200)))
    required = fields.Boolean()
    active = fields.Boolean()


class CustomFieldOutput(Contract):
    id = fields.String()
    key = fields.String()
    label = fields.String()
    type = fields.String()
    options = fields.List(fields.String())
    required = fields.Boolean()
    active = fields.Boolean()
    created_at = fields.AwareDateTime()


class AuditEntryOutput(Contract):
    id = fields.Integer()
    client_id = fields.String()
    action = fields.String()
    field = fields.String(allow_none=True)
    old_value = fields.Raw(allow_none=True)
    new_value = fields.Raw(allow_none=True)
    actor_id = fields.String(allow_none=True)
    actor_name = fields.String(allow_none=True)
    request_id = fields.String(allow_none=True)
    occurred_at = fields.AwareDateTime()


def client_created(client) -> dict:
    """Event payload: ids and facts other services need, no personal data."""
    return {
        "client_id": str(client.id),
        "home_location_id": str(client.home_location_id) if client.home_location_id else None,
    }


def client_updated(client, changed: list[str]) -> dict:
    return {"client_id": str(client.id), "changed": changed}


def client_status_changed(client) -> dict:
    """`client_archived` / `client_restored`."""
    return {"client_id": str(client.id)}


def location_event(location) -> dict:
    """`location_created` / `location_updated`."""
    return {
        "location_id": str(location.id),
        "name": location.name,
        "timezone": location.timezone,
        "reminder_hour": location.reminder_hour,
        "active": location.active,
    }


class InvoiceIssuedEvent(EventEnvelope):
    """billing's `invoice_issued`, as far as profile reads it: where a client was invoiced."""

    invoice_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    location_id = fields.UUID(load_default=None, allow_none=True)


class FileDeletedEvent(EventEnvelope):
    """files' `file_deleted`: a client's photo must not point at it any more."""

    file_id = fields.UUID(required=True)
    client_id = fields.UUID(load_default=None, allow_none=True)


class ClientDataErasedEvent(EventEnvelope):
    """`client_data_erased` of billing, loyalty, messaging or files: their part of an erasure is done."""

    client_id = fields.UUID(required=True)


def erasure_view(erasure: Erasure) -> dict:
    return {
        "id": str(erasure.id),
        "client_id": str(erasure.client_id),
        "reason": erasure.reason,
        "status": "completed" if erasure.completed_at else "in_progress",
        "requested_at": erasure.requested_at.isoformat(),
        "completed_at": erasure.completed_at.isoformat() if erasure.completed_at else None,
        "services": erasure.services,
    }


def sealed_record_view(record: SealedRecord) -> dict:
    """A sealed health record of an erased client, as an admin's export lists it."""
    return {
        "id": str(record.id),
        "kind": record.kind,
        "data": record.data,
        "sealed_at": record.sealed_at.isoformat(),
        "delete_after": record.delete_after.isoformat(),
    }


# ---- a client's history and the book around it: notes, visits, imports and merges -----------------
class NoteInput(Contract):
    body = fields.String(required=True, validate=validate.Length(min=1, max=20_000))
    kind = fields.String(load_default="general", validate=validate.OneOf(KINDS))
    pinned = fields.Boolean(load_default=False)


class NoteUpdate(Contract):
    body = fields.String(validate=validate.Length(min=1, max=20_000))
    kind = fields.String(validate=validate.OneOf(KINDS))
    pinned = fields.Boolean()


class MoneyInput(Contract):
    amount = fields.Integer(required=True, strict=True)
    currency = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"))


class VisitUpdate(Contract):
    starts_at = fields.AwareDateTime()
    ends_at = fields.AwareDateTime(allow_none=True)
    service = fields.String(allow_none=True, validate=validate.Length(max=200))
    staff = fields.String(allow_none=True, validate=validate.Length(max=200))
    location_id = fields.UUID(allow_none=True)
    status = fields.String(validate=validate.OneOf(VISIT_STATUSES))
    comment = fields.String(allow_none=True, validate=validate.Length(max=5000))
    price = fields.Nested(MoneyInput, allow_none=True)

    @validates_schema
    def _ends_after_start(self, data, **kwargs):
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            raise ValidationError("ends_at must not be before starts_at", field_name="ends_at")


class VisitInput(VisitUpdate):
    starts_at = fields.AwareDateTime(required=True)
    external_id = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=200))


class MergeInput(Contract):
    source_id = fields.UUID(required=True)
    preview = fields.Boolean(load_default=False)
    keep = fields.Dict(keys=fields.String(), values=fields.String(validate=validate.OneOf(CHOICES)), load_default=dict)


def _iso(value):
    return value.isoformat() if value is not None else None


def note_view(note) -> dict:
    return {
        "id": str(note.id),
        "client_id": str(note.client_id),
        "kind": note.kind,
        "body": note.body,
        "pinned": note.pinned,
        "author": {"id": note.author_id, "name": note.author_name},
        "created_at": _iso(note.created_at),
        "updated_at": _iso(note.updated_at),
        "acknowledged_at": _iso(note.acknowledged_at),
        "acknowledged_by": ({"id": note.acknowledged_by_id, "name": note.acknowledged_by_name} if note.acknowledged_at else None),
    }


def alert_view(note) -> dict:
    """A note as the card's alert: flagged while nobody has acknowledged it."""
    return {**note_view(note), "unacknowledged": note.acknowledged_at is None}


def visit_view(visit) -> dict:
    return {
        "id": str(visit.id),
        "client_id": str(visit.client_id),
        "external_id": visit.external_id,
        "starts_at": _iso(visit.starts_at),
        "ends_at": _iso(visit.ends_at),
        "service": visit.service,
        "staff": visit.staff,
        "location_id": str(visit.location_id) if visit.location_id else None,
        "status": visit.status,
        "comment": visit.comment,
        "price": {"amount": visit.price_minor, "currency": visit.currency} if visit.currency else None,
        "created_at": _iso(visit.created_at),
        "updated_at": _iso(visit.updated_at),
    }


def visit_event(visit) -> dict:
    """`visit_booked` / `visit_updated` / `visit_cancelled`: ids and facts, no personal data."""
    return {
        "visit_id": str(visit.id),
        "client_id": str(visit.client_id),
        "location_id": str(visit.location_id) if visit.location_id else None,
        "starts_at": _iso(visit.starts_at),
        "status": visit.status,
        "service": visit.service,
        "staff": visit.staff,
    }


def import_view(job, *, with_report: bool = True, progress: dict | None = None) -> dict:
    """The import as `get_import` shows it; `progress` as use_cases.import_progress lays it out."""
    view = {
        "id": str(job.id),
        "status": job.status,
        "dry_run": job.dry_run,
        "filename": job.filename,
        "columns": job.columns,
        "kind": job.kind,
        "counts": {
            "rows": job.total_rows,
            "created": job.created_count,
            "updated": (job.totals or {}).get("updated", 0),
            "conflicts": (job.totals or {}).get("conflicts", 0),
            "skipped": job.skipped_count,
            "duplicates": job.duplicate_count,
            "errors": job.error_count,
        },
        # its phase and rows done of total (validated, then posted): the import's progress while it runs
        "progress": progress or {"planned": job.planned_rows, "posted": job.posted_rows},
        "totals": job.totals,
        "created_at": _iso(job.created_at),
        "finished_at": _iso(job.finished_at),
    }
    if with_report:
        view["report"] = job.report
    return view


def merge_view(merge) -> dict:
    return {
        "id": str(merge.id),
        "client_id": str(merge.client_id),
        "source_id": str(merge.source_id),
        "moved": {kind: len(ids) for kind, ids in (merge.moved or {}).items()},
        "created_at": _iso(merge.created_at),
        "undone_at": _iso(merge.undone_at),
        "undo_until": _iso(merge.created_at + timedelta(days=UNDO_WINDOW_DAYS)) if merge.created_at else None,
    }


def progress_view(job: ClientImport, validation: ImportProgress | None) -> dict:
    """`{phase, done, total, planned, posted}`: queued, validating (rows checked of the file's rows),
    posting (rows posted of the plan's), then completed or failed."""
    view = {"planned": job.planned_rows, "posted": job.posted_rows}
    if job.status == "queued":
        if validation is None:
            return {**view, "phase": "queued", "done": 0, "total": job.total_rows}
        return {**view, "phase": validation.phase, "done": validation.done, "total": validation.total}
    if job.status == "running":
        return {**view, "phase": "posting", "done": job.posted_rows, "total": job.planned_rows}
    done = job.posted_rows if job.planned_rows else job.total_rows
    return {**view, "phase": job.status, "done": done, "total": job.planned_rows or job.total_rows}
