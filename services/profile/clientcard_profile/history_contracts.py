"""RPC contracts and views of a client's history and the book around it: notes, visits, imports and merges
(the client record's own are in contracts.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from marshmallow import ValidationError, fields, validate, validates_schema

from clientcard_kit.contracts import Contract
from clientcard_profile.domain.merge_plan import CHOICES, UNDO_WINDOW_DAYS
from clientcard_profile.domain.notes import KINDS
from clientcard_profile.domain.visits import STATUSES

if TYPE_CHECKING:  # views read these rows; contracts import no database code at run time
    from clientcard_profile.db.models import ClientImport, ImportProgress


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
    status = fields.String(validate=validate.OneOf(STATUSES))
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
