"""Validating a `kind=clients` import file: every row, as a whole, before anything is written.

Each row is validated exactly like the API's create, plus the columns that bring money, points,
cards, notes and consents; rows with errors and duplicates (same email or phone as an active
client or an earlier row) are reported and skipped; rows naming a known `external_id` update
that client. What stays becomes the import's plan (`import_plan.py`), posted later in chunks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlalchemy as sa

from clientcard_profile.db.models import Client, ClientImport
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.erased_ids import SKIPPED_ROW, ErasedIds
from clientcard_profile.domain.import_columns import row_extras, row_input
from clientcard_profile.domain.import_extras import location_of, parse_extras
from clientcard_profile.exceptions import ClientInvalid
from clientcard_profile.use_cases.client_input import field_specs, validate_client_input
from clientcard_profile.use_cases.import_checks import ServiceChecks
from clientcard_profile.use_cases.import_plan import ImportPlanner, describe, plan_totals

YIELD_EVERY = 250  # rows between cooperative yields, so one big import does not starve other workers


class ClientPlanner:
    """Validates a queued `kind=clients` import and leaves its report, totals and (unless a dry run) plan on the job."""

    def __init__(
        self,
        uow: ProfileUnitOfWork,
        job: ClientImport,
        region: str,
        checks: ServiceChecks | None,
        erased_ids: ErasedIds,
        progress: Callable[[int], None] = lambda done: None,
    ):
        self.uow, self.job, self.region, self.checks, self.erased_ids = uow, job, region, checks, erased_ids
        self.progress = progress  # told the rows validated so far
        # the starting caller's locations: rows are homed there and never touch a client hidden from it
        self.location_ids = frozenset(job.location_ids) if job.location_ids is not None else None
        self.report: list[dict] = []
        self.errors = self.duplicates = self.blank = 0
        self.extras: dict[int, tuple[str | None, dict]] = {}  # row -> (external_id, parts)
        self.given: dict[int, set[str]] = {}  # row -> the client fields its cells name

    def run(self) -> None:
        valid = self._drop_erased(self._validate_rows())
        known = self.uow.imports.identities(self._external_ids(valid))
        valid = self._drop_unwritable(valid, known)
        fresh = self._drop_duplicates([(row, data) for row, data in valid if self.extras[row][0] not in known])
        kept = {row for row, _ in fresh} | {row for row, _ in valid if self.extras[row][0] in known}
        valid = [(row, data) for row, data in valid if row in kept]
        plan = ImportPlanner(self.job, known, self.checks, self._problem).plan(valid, self.extras, self.given)
        job = self.job
        job.created_count = sum(1 for entry in plan if entry["action"] == "create")
        job.error_count = len({entry["row"] for entry in self.report if entry["kind"] == "error"})
        job.duplicate_count = self.duplicates
        job.skipped_count = job.total_rows - len(plan)
        job.totals = plan_totals(
            plan,
            updated=sum(1 for entry in plan if entry["action"] == "update"),
            conflicts=len({e["row"] for e in self.report if e["kind"] == "conflict"}),
        )
        if job.dry_run:
            self.report += [
                {"row": entry["row"], "field": "_row", "kind": "would_" + entry["action"], "message": describe(entry)}
                for entry in plan
            ]
        else:
            job.plan, job.planned_rows, job.posted_rows = plan, len(plan), 0
        job.report = sorted(self.report, key=lambda entry: entry["row"])

    def _external_ids(self, valid: list[tuple[int, dict]]) -> list[str]:
        return sorted({self.extras[row][0] for row, _ in valid if self.extras[row][0]})

    def _drop_erased(self, valid: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
        """A rerun of an old file leaves an erased client erased: their rows are skipped, not created anew."""
        erased = self.uow.imports.erased_among(self._external_ids(valid), self.erased_ids)
        for row, _ in valid:
            if self.extras[row][0] in erased:
                self._problem(row, "external_id", SKIPPED_ROW, kind="skipped")
        return [(row, data) for row, data in valid if self.extras[row][0] not in erased]

    def _drop_unwritable(self, valid: list[tuple[int, dict]], known: dict) -> list[tuple[int, dict]]:
        """Rows naming an external id whose client was erased, merged or archived, or is hidden from the
        importing caller, are errors: an import never writes to a client the API would refuse."""
        writable = self.uow.imports.writable_clients([identity.client_id for identity in known.values()], self.location_ids)
        kept = []
        for row, data in valid:
            identity = known.get(self.extras[row][0])
            if identity is not None and identity.client_id not in writable:
                self._problem(
                    row, "external_id", "its client is no longer active, or outside the locations this import is limited to"
                )
                continue
            kept.append((row, data))
        return kept

    def _problem(self, row: int, field: str, message: str, kind: str = "error") -> None:
        self.report.append({"row": row, "field": field, "message": message, "kind": kind})

    def _validate_rows(self) -> list[tuple[int, dict]]:
        """(row number as the spreadsheet shows it, cleaned client fields) for every valid row."""
        mapped = {int(index): field for index, field in self.job.columns["mapped"].items()}
        width = self.job.columns["width"]
        specs = field_specs(self.uow)
        locations = self.uow.imports.location_ids_by_name()
        seen_ids: dict[str, int] = {}
        valid = []
        for position, cells in enumerate(self.job.rows or []):
            row = position + 2  # the header is row 1
            if position % YIELD_EVERY == 0:
                self.progress(position)
                time.sleep(0)  # under eventlet's monkey patching this lets other green threads run
            if not any((cell or "").strip() for cell in cells):
                self.blank += 1
                self._problem(row, "_row", "empty row skipped", kind="skipped")
                continue
            if any((cell or "").strip() for cell in cells[width:]):
                self.errors += 1
                self._problem(row, "_row", f"more cells than the {width} columns of the header")
                continue
            payload = row_input(mapped, cells)
            external_id, home_location, parts, errors = parse_extras(row_extras(mapped, cells))
            if home_location:
                location_id = location_of(home_location, locations)
                if location_id is None:
                    errors.add("home_location", f"no location named {home_location!r}")
                else:
                    payload["home_location_id"] = str(location_id)
            if external_id and external_id in seen_ids:
                errors.add("external_id", f"same external_id as row {seen_ids[external_id]}")
            try:
                data = validate_client_input(self.uow, payload, self.region, specs=specs, location_ids=self.location_ids)
            except ClientInvalid as error:
                for field, messages in error.errors.items():
                    errors.setdefault(field, []).extend(messages if isinstance(messages, list) else [messages])
            if errors:
                self.errors += 1
                for field, messages in sorted(errors.items()):
                    for message in messages:
                        self._problem(row, field, str(message))
                continue
            if external_id:
                seen_ids[external_id] = row
            data.pop("linked_clients", None)
            # an update by external id takes only the fields the file has, not the defaults of a create
            self.given[row] = set(payload)
            self.extras[row] = (external_id, parts)
            valid.append((row, data))
        self.progress(len(self.job.rows or []))
        return valid

    def _drop_duplicates(self, valid: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
        """Skip rows whose email or phone an active client or an earlier row already has, and card
        numbers already in use (the same rule as the API's 409)."""
        emails = sorted({data["email"].lower() for _, data in valid if data.get("email")})
        phones = sorted({p for _, data in valid for p in (data.get("phone"), data.get("additional_phone")) if p})
        known_emails, known_phones = self.uow.imports.existing_contacts(emails, phones)
        visible_emails, visible_phones = known_emails, known_phones
        if self.location_ids is not None:
            visible_emails, visible_phones = self.uow.imports.existing_contacts(emails, phones, self.location_ids)
        cards = sorted({data["card_number"] for _, data in valid if data.get("card_number")})
        known_cards = (
            set(
                self.uow.session.scalars(
                    sa.select(Client.card_number).where(Client.card_number.in_(cards), Client.status == "active")
                )
            )
            if cards
            else set()
        )
        seen_rows: dict[str, int] = {}
        kept = []
        for row, data in valid:
            email = (data.get("email") or "").lower() or None
            row_phones = [p for p in (data.get("phone"), data.get("additional_phone")) if p]
            card = data.get("card_number")
            if card and (card in known_cards or f"card:{card}" in seen_rows):
                self.errors += 1
                self._problem(row, "card_number", f"card number {card} is already in use")
                continue
            duplicate = self._duplicate_of(email, row_phones, visible_emails, visible_phones, seen_rows)
            if duplicate:
                self.duplicates += 1
                self._problem(row, duplicate[0], duplicate[1], kind="duplicate")
                continue
            hidden = self._hidden_match(email, row_phones, known_emails, known_phones)
            if hidden:
                self.errors += 1
                self._problem(row, hidden, "matches a client outside the locations this import is limited to")
                continue
            for key in ([f"email:{email}"] if email else []) + [f"phone:{p}" for p in row_phones]:
                seen_rows.setdefault(key, row)
            if card:
                seen_rows[f"card:{card}"] = row
            kept.append((row, data))
        return kept

    @staticmethod
    def _duplicate_of(email, phones, known_emails, known_phones, seen_rows) -> tuple[str, str] | None:
        if email and email in known_emails:
            return "email", f"a client with email {email} exists already"
        if email and f"email:{email}" in seen_rows:
            return "email", f"same email as row {seen_rows[f'email:{email}']}"
        for phone in phones:
            if phone in known_phones:
                return "phone", f"a client with phone {phone} exists already"
            if f"phone:{phone}" in seen_rows:
                return "phone", f"same phone as row {seen_rows[f'phone:{phone}']}"
        return None

    @staticmethod
    def _hidden_match(email, phones, known_emails, known_phones) -> str | None:
        """The field by which a row matches an active client the importing caller may not see."""
        if email and email in known_emails:
            return "email"
        return next(("phone" for phone in phones if phone in known_phones), None)
