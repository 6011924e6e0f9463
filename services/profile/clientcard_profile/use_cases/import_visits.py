"""`kind=visits` imports: an old system's visit history for clients imported before, once per visit.

Each row names its client by `client_external_id`; the visit's own `external_id` (or, without
one, the client's id and the start time) makes a rerun update instead of duplicate. Imported
visits announce `visit_booked` flagged `imported`: the card refreshes, while notices and
webhooks skip them (history is not news); nothing in loyalty earns from visits. Priced visits
also go to billing (`import_batch_accepted` rows with a `sale` part), which counts them in the
client's total spent, total paid and statistics without moving the balance.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from clientcard_profile import contracts
from clientcard_profile.db.models import ClientImport, Visit
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.erased_ids import SKIPPED_ROW, ErasedIds
from clientcard_profile.domain.import_columns import row_extras
from clientcard_profile.domain.import_extras import VISIT_STATUSES, Errors, location_of, parse_datetime
from clientcard_profile.use_cases.import_checks import ServiceChecks, check_parts
from clientcard_profile.use_cases.visits import refresh_visit_dates

YIELD_EVERY = 250


class VisitPlanner:
    def __init__(
        self,
        uow: ProfileUnitOfWork,
        job: ClientImport,
        region: str,
        checks: ServiceChecks,
        erased_ids: ErasedIds,
        progress: Callable[[int], None] = lambda done: None,
    ):
        self.uow, self.job, self.checks, self.erased_ids = uow, job, checks, erased_ids
        self.progress = progress  # told the rows validated so far
        self.location_ids = frozenset(job.location_ids) if job.location_ids is not None else None
        self.report: list[dict] = []

    def _problem(self, row: int, field: str, message: str, kind: str = "error") -> None:
        self.report.append({"row": row, "field": field, "message": message, "kind": kind})

    def run(self) -> None:
        rows = self._parse()
        checked = check_parts(
            self.checks, [(row, None, {"price": {"amount": entry.pop("price")}}) for row, entry in rows if entry.get("price")]
        )
        plan = []
        for row, entry in rows:
            if row in checked:
                parts, errors = checked[row]
                if errors:
                    for column, messages in sorted(errors.items()):
                        for message in messages:
                            self._problem(row, column, str(message))
                    continue
                entry["price_minor"], entry["currency"] = parts["price"]["amount_minor"], parts["price"]["currency"]
            plan.append({"row": row, **entry})
        job = self.job
        job.created_count = len(plan)
        job.error_count = len({entry["row"] for entry in self.report if entry["kind"] == "error"})
        job.skipped_count = job.total_rows - len(plan)
        job.totals = {
            "visits": len(plan),
            "clients": len({entry["client_id"] for entry in plan}),
            "price_minor": sum(entry.get("price_minor") or 0 for entry in plan),
        }
        if job.dry_run:
            self.report += [
                {
                    "row": entry["row"],
                    "field": "_row",
                    "kind": "would_import",
                    "message": f"imports the visit {entry['external_id']}",
                }
                for entry in plan
            ]
        else:
            job.plan, job.planned_rows, job.posted_rows = plan, len(plan), 0
        job.report = sorted(self.report, key=lambda entry: entry["row"])

    def _parse(self) -> list[tuple[int, dict]]:
        mapped = {int(index): field for index, field in self.job.columns["mapped"].items()}
        raw = [(position + 2, row_extras(mapped, cells)) for position, cells in enumerate(self.job.rows or [])]
        client_keys = sorted({cells["client_external_id"] for _, cells in raw if cells.get("client_external_id")})
        identities = self.uow.imports.identities(client_keys)
        erased = self.uow.imports.erased_among([key for key in client_keys if key not in identities], self.erased_ids)
        locations = self.uow.imports.location_ids_by_name()
        seen: dict[str, int] = {}
        parsed = []
        for position, (row, cells) in enumerate(raw):
            if position % YIELD_EVERY == 0:
                self.progress(position)
                time.sleep(0)  # under eventlet this lets other green threads run
            if not cells:
                self._problem(row, "_row", "empty row skipped", kind="skipped")
                continue
            if cells.get("client_external_id") in erased:  # history of an erased client stays erased
                self._problem(row, "client_external_id", SKIPPED_ROW, kind="skipped")
                continue
            errors = Errors()
            entry = self._visit(cells, identities, locations, errors)
            if entry.get("external_id") in seen:
                errors.add("external_id", f"same visit as row {seen[entry['external_id']]}")
            if errors:
                for column, messages in sorted(errors.items()):
                    for message in messages:
                        self._problem(row, column, message)
                continue
            seen[entry["external_id"]] = row
            parsed.append((row, entry))
        self.progress(len(raw))
        return parsed

    def _visit(self, cells: dict, identities: dict, locations: dict, errors: Errors) -> dict:
        entry: dict = {"service": cells.get("service"), "staff": cells.get("staff"), "price": cells.get("price")}
        client_key = cells.get("client_external_id")
        identity = identities.get(client_key) if client_key else None
        if not client_key:
            errors.add("client_external_id", "required")
        elif identity is None:
            errors.add("client_external_id", f"no client was imported with external_id {client_key}")
        else:
            entry["client_id"] = str(identity.client_id)
        try:
            starts_at = parse_datetime(cells.get("starts_at") or "")
            entry["starts_at"] = starts_at.isoformat()
        except ValueError:
            errors.add("starts_at", "must be a time with its offset (RFC 3339), e.g. 2025-03-01T10:00:00+00:00")
            starts_at = None
        status = (cells.get("status") or "completed").lower().replace(" ", "_").replace("-", "_")
        if status not in VISIT_STATUSES:
            errors.add("status", f"one of {', '.join(VISIT_STATUSES)}")
        entry["status"] = status
        entry["location_id"] = None
        if cells.get("location"):
            location_id = location_of(cells["location"], locations)
            if location_id is None:
                errors.add("location", f"no location named {cells['location']!r}")
            elif self.location_ids is not None and location_id not in self.location_ids:
                errors.add("location", "outside the locations this import is limited to")
            else:
                entry["location_id"] = str(location_id)
        for column in ("service", "staff"):
            if entry[column] and len(entry[column]) > 200:
                errors.add(column, "at most 200 characters")
        if cells.get("external_id") and len(cells["external_id"]) > 200:
            errors.add("external_id", "at most 200 characters")
        entry["external_id"] = cells.get("external_id") or (
            f"import:{client_key}:{starts_at.isoformat()}" if client_key and starts_at else None
        )
        return entry


def post_visits(uow: ProfileUnitOfWork, chunk: list[dict], *, now: datetime, import_id: uuid.UUID) -> None:
    """Insert the chunk's visits, or update those imported before (same external_id); only new ones are announced.

    The priced ones go to billing in the same transaction (outbox), which records each once as a
    settled past sale: the client's total spent, total paid and statistics count them.
    """
    if not chunk:
        return
    values = [
        {
            "id": uuid.uuid4(),
            "client_id": uuid.UUID(entry["client_id"]),
            "external_id": entry["external_id"],
            "starts_at": datetime.fromisoformat(entry["starts_at"]),
            "service": entry.get("service"),
            "staff": entry.get("staff"),
            "status": entry["status"],
            "location_id": uuid.UUID(entry["location_id"]) if entry.get("location_id") else None,
            "price_minor": entry.get("price_minor"),
            "currency": entry.get("currency"),
        }
        for entry in chunk
    ]
    statement = insert(Visit).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=["external_id"],
        set_={
            column: statement.excluded[column]
            for column in ("starts_at", "service", "staff", "status", "location_id", "price_minor", "currency")
        },
    ).returning(Visit.id, Visit.external_id, sa.literal_column("xmax").label("xmax"))
    written = uow.session.execute(statement).all()
    # a row PostgreSQL inserted (not updated) has xmax 0: only new visits are announced
    inserted = {row.id for row in written if str(row.xmax) == "0"}
    for visit in uow.session.scalars(sa.select(Visit).where(Visit.id.in_(inserted))):
        uow.outbox.add("visit_booked", {**contracts.visit_event(visit), "imported": True})
    for client_id in {value["client_id"] for value in values}:
        refresh_visit_dates(uow, client_id, now)
    visit_ids = {row.external_id: row.id for row in written}
    sales = [
        {
            "external_id": entry["external_id"],
            "client_id": entry["client_id"],
            "new": [],
            "parts": {"sale": _sale(entry, visit_ids.get(entry["external_id"]))},
        }
        for entry in chunk
        if entry.get("price_minor") is not None
    ]
    if sales:
        uow.outbox.add("import_batch_accepted", {"import_id": str(import_id), "rows": sales})


def _sale(entry: dict, visit_id: uuid.UUID | None) -> dict:
    return {
        "visit_id": str(visit_id) if visit_id else None,
        "starts_at": entry["starts_at"],
        "status": entry["status"],
        "amount_minor": entry["price_minor"],
        "currency": entry["currency"],
        "service": entry.get("service"),
        "staff": entry.get("staff"),
        "location_id": entry.get("location_id"),
    }
