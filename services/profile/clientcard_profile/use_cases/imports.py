"""Bulk import of clients from CSV or XLSX: parsed at once, processed by a timer, reported per row.

The upload is parsed when it arrives (a malformed file is a 422 and nothing is stored); the
rows then wait in `client_imports` until `process_next_import` takes them, in one transaction:
each row is validated exactly like the API's create, rows with errors and duplicates (same
email or phone as an active client or an earlier row) are skipped and reported, and the rest
are inserted in batches, each with its `client_created` event in the outbox.
"""
from __future__ import annotations

import base64
import binascii
import logging
import time
import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit.outbox import envelope
from clientcard_kit.providers import CallContext
from clientcard_kit.tables import outbox_events
from clientcard_profile import activity_contracts, contracts
from clientcard_profile.db.imports import ClientImport
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.import_columns import MissingColumn, map_headers, row_input
from clientcard_profile.exceptions import ClientInvalid, ImportFileInvalid, ImportFileTooLarge, ImportNotFound
from clientcard_profile.tabular import MalformedFile, read_table
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.client_input import field_specs, validate_client_input

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 10 * 1024 * 1024
YIELD_EVERY = 250  # rows between cooperative yields, so one big import does not starve other workers


def start_import(
    uow: ProfileUnitOfWork,
    content_base64: str,
    *,
    filename: str | None,
    dry_run: bool,
    context: CallContext | None,
) -> dict:
    """Parse the file and queue it: the import's view with status `queued`.

    Raises ImportFileTooLarge (413), ImportFileInvalid (422: not base64, empty, malformed CSV or
    XLSX, no first-name column).
    """
    try:
        content = base64.b64decode(content_base64 or "", validate=True)
    except (binascii.Error, ValueError) as error:
        raise ImportFileInvalid("The file content is not base64", errors={"file": ["not base64"]}) from error
    if len(content) > MAX_IMPORT_BYTES:
        raise ImportFileTooLarge(f"Import files are limited to {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        headers, rows = read_table(content, filename)
        columns, ignored = map_headers(headers)
    except (MalformedFile, MissingColumn) as error:
        raise ImportFileInvalid(str(error), errors={"file": [str(error)]}) from error
    with uow:
        job = uow.imports.add(
            ClientImport(
                id=uuid.uuid4(),
                status="queued",
                dry_run=bool(dry_run),
                filename=(filename or "")[:255] or None,
                columns={"mapped": {str(index): field for index, field in columns.items()}, "ignored": ignored,
                         "width": len(headers)},
                rows=rows,
                total_rows=len(rows),
                actor_id=context.actor_id if context else None,
                actor_name=context.actor_name if context else None,
                request_id=context.request_id if context else None,
            )
        )
        result = activity_contracts.import_view(job)
        uow.commit()
    return result


def get_import(uow: ProfileUnitOfWork, import_id: str) -> dict:
    """Status, counts and the per-row report of one import. Raises ImportNotFound."""
    try:
        import_uuid = uuid.UUID(str(import_id))
    except ValueError as error:
        raise ImportNotFound(f"No import {import_id!r}") from error
    with uow:
        job = uow.imports.get(import_uuid)
        if job is None:
            raise ImportNotFound(f"No import {import_id}")
        return activity_contracts.import_view(job)


def process_next_import(uow: ProfileUnitOfWork, *, region: str, now: datetime) -> str | None:
    """Process the oldest queued import, if any, in one transaction; its id, or None when none waited.

    The import goes from `queued` to `completed` (or `failed`, with nothing created) in one step.
    """
    with uow:
        job = uow.imports.claim_next_queued()
        if job is None:
            return None
        job_id = job.id
        try:
            _Importer(uow, job, region).run()
        except Exception as error:  # noqa: BLE001 - a bug must not leave the import queued (retried) forever
            log.exception("import %s failed", job_id)
            uow.session.rollback()
            uow.imports.mark_failed(job_id, f"the import failed: {type(error).__name__}", now=now)
            uow.commit()
            return str(job_id)
        job.status = "completed"
        job.finished_at = now
        job.rows = None  # the report and the created clients are what stays
        uow.commit()
        return str(job_id)


class _Importer:
    def __init__(self, uow: ProfileUnitOfWork, job: ClientImport, region: str):
        self.uow, self.job, self.region = uow, job, region
        self.report: list[dict] = []
        self.errors = self.duplicates = self.blank = 0

    def run(self) -> None:
        valid = self._validate_rows()
        valid = self._drop_duplicates(valid)
        created = len(valid)
        if not self.job.dry_run and valid:
            self._insert(valid)
        job = self.job
        job.created_count = created
        job.error_count = self.errors
        job.duplicate_count = self.duplicates
        job.skipped_count = job.total_rows - created
        job.report = sorted(self.report, key=lambda entry: entry["row"])

    def _problem(self, row: int, field: str, message: str, kind: str = "error") -> None:
        self.report.append({"row": row, "field": field, "message": message, "kind": kind})

    def _validate_rows(self) -> list[tuple[int, dict]]:
        """(row number as the spreadsheet shows it, cleaned client fields) for every valid row."""
        mapped = {int(index): field for index, field in self.job.columns["mapped"].items()}
        width = self.job.columns["width"]
        specs = field_specs(self.uow)
        valid = []
        for position, cells in enumerate(self.job.rows or []):
            row = position + 2  # the header is row 1
            if position % YIELD_EVERY == 0:
                time.sleep(0)  # under eventlet's monkey patching this lets other green threads run
            if not any((cell or "").strip() for cell in cells):
                self.blank += 1
                self._problem(row, "_row", "empty row skipped", kind="skipped")
                continue
            if any((cell or "").strip() for cell in cells[width:]):
                self.errors += 1
                self._problem(row, "_row", f"more cells than the {width} columns of the header")
                continue
            try:
                data = validate_client_input(self.uow, row_input(mapped, cells), self.region, specs=specs)
            except ClientInvalid as error:
                self.errors += 1
                for field, messages in sorted(error.errors.items()):
                    for message in messages if isinstance(messages, list) else [messages]:
                        self._problem(row, field, str(message))
                continue
            data.pop("linked_clients", None)
            valid.append((row, data))
        return valid

    def _drop_duplicates(self, valid: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
        """Skip rows whose email or phone an active client or an earlier row already has, and card
        numbers already in use (the same rule as the API's 409)."""
        emails = sorted({data["email"].lower() for _, data in valid if data.get("email")})
        phones = sorted({p for _, data in valid for p in (data.get("phone"), data.get("additional_phone")) if p})
        known_emails, known_phones = self.uow.imports.existing_contacts(emails, phones)
        cards = sorted({data["card_number"] for _, data in valid if data.get("card_number")})
        known_cards = set(
            self.uow.session.scalars(
                sa.select(Client.card_number).where(Client.card_number.in_(cards), Client.status == "active")
            )
        ) if cards else set()
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
            duplicate = self._duplicate_of(email, row_phones, known_emails, known_phones, seen_rows)
            if duplicate:
                self.duplicates += 1
                self._problem(row, duplicate[0], duplicate[1], kind="duplicate")
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

    def _insert(self, valid: list[tuple[int, dict]]) -> None:
        records = [{"id": uuid.uuid4(), **data} for _, data in valid]
        self.uow.session.execute(sa.insert(Client), records)
        events = []
        for record in records:
            payload = envelope(contracts.client_created(_Created(record["id"], record.get("home_location_id"))))
            events.append({"event_id": uuid.UUID(payload["event_id"]), "event_type": "client_created", "payload": payload})
        self.uow.session.execute(sa.insert(outbox_events), events)
        job = self.job
        context = CallContext(job.request_id, job.actor_id, job.actor_name)
        for record in records:
            record_changes(self.uow, record["id"], {"import_id": (None, str(job.id))}, context, "imported")
        self.uow.flush()


class _Created:
    """The two attributes `contracts.client_created` reads, without loading the inserted row."""

    def __init__(self, client_id: uuid.UUID, home_location_id):
        self.id = client_id
        self.home_location_id = home_location_id
