"""Bulk import of clients from CSV or XLSX: parsed at once, processed by a timer, reported per row.

The upload is parsed when it arrives (a malformed file is a 422 and nothing is stored); the
rows then wait in `client_imports` until `process_next_import` takes them: first every row is
validated in one transaction (`import_clients.py`, `import_visits.py`), then the plan is posted
a chunk per transaction (`import_posting.py`), so progress shows and a restart resumes.
"""

from __future__ import annotations

import base64
import binascii
import logging
import uuid
from datetime import datetime

from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.adapters.tabular import MalformedFile, read_table
from clientcard_profile.db.models import ClientImport
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.erased_ids import ErasedIds
from clientcard_profile.domain.import_columns import MissingColumn, map_headers, map_visit_headers
from clientcard_profile.exceptions import ImportFileInvalid, ImportFileTooLarge, ImportNotFound
from clientcard_profile.use_cases.import_checks import ServiceChecks, ServicesUnavailable
from clientcard_profile.use_cases.import_clients import ClientPlanner
from clientcard_profile.use_cases.import_posting import post_next_chunk
from clientcard_profile.use_cases.import_progress import ValidationProgress
from clientcard_profile.use_cases.import_visits import VisitPlanner
from clientcard_profile.use_cases.lookup import caller_locations

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 10 * 1024 * 1024
KINDS = ("clients", "visits")
YIELD_EVERY = 250  # rows between cooperative yields, so one big import does not starve other workers
PROGRESS_EVERY_S = 0.5  # the validation's progress is written at most this often


def start_import(
    uow: ProfileUnitOfWork,
    content_base64: str,
    *,
    filename: str | None,
    dry_run: bool,
    context: CallContext | None,
    kind: str = "clients",
) -> dict:
    """Parse the file and queue it: the import's view with status `queued`.

    `kind` is `clients` (clients, with their money, points, cards, notes and consents) or
    `visits` (past visits of clients imported before). Raises ImportFileTooLarge (413),
    ImportFileInvalid (422: unknown kind, not base64, empty, malformed CSV or XLSX, no first-name
    column, or for visits no client_external_id / starts_at column).
    """
    if kind not in KINDS:
        raise ImportFileInvalid(f"Unknown import kind {kind!r}", errors={"kind": [f"one of {', '.join(KINDS)}"]})
    try:
        content = base64.b64decode(content_base64 or "", validate=True)
    except (binascii.Error, ValueError) as error:
        raise ImportFileInvalid("The file content is not base64", errors={"file": ["not base64"]}) from error
    if len(content) > MAX_IMPORT_BYTES:
        raise ImportFileTooLarge(f"Import files are limited to {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        headers, rows = read_table(content, filename)
        columns, ignored = (map_visit_headers if kind == "visits" else map_headers)(headers)
    except (MalformedFile, MissingColumn) as error:
        raise ImportFileInvalid(str(error), errors={"file": [str(error)]}) from error
    with uow:
        job = uow.imports.add(
            ClientImport(
                id=uuid.uuid4(),
                status="queued",
                kind=kind,
                dry_run=bool(dry_run),
                filename=(filename or "")[:255] or None,
                columns={
                    "mapped": {str(index): field for index, field in columns.items()},
                    "ignored": ignored,
                    "width": len(headers),
                },
                rows=rows,
                total_rows=len(rows),
                actor_id=context.actor_id if context else None,
                actor_name=context.actor_name if context else None,
                request_id=context.request_id if context else None,
                location_ids=_stored(caller_locations(context)),
            )
        )
        result = contracts.import_view(job, progress=contracts.progress_view(job, None))
        uow.commit()
    return result


def _stored(location_ids: frozenset[uuid.UUID] | None) -> list[uuid.UUID] | None:
    return sorted(location_ids, key=str) if location_ids is not None else None


def load_visible_import(uow: ProfileUnitOfWork, import_id: str, context: CallContext | None) -> ClientImport:
    """The import, if a location-limited caller's locations cover every location it was started
    with (an import by an unlimited caller is seen by unlimited callers only). Raises ImportNotFound."""
    try:
        import_uuid = uuid.UUID(str(import_id))
    except ValueError as error:
        raise ImportNotFound(f"No import {import_id!r}") from error
    job = uow.imports.get(import_uuid)
    location_ids = caller_locations(context)
    hidden = location_ids is not None and (job is None or job.location_ids is None or not set(job.location_ids) <= location_ids)
    if job is None or hidden:
        raise ImportNotFound(f"No import {import_id}")
    return job


def get_import(uow: ProfileUnitOfWork, import_id: str, context: CallContext | None = None) -> dict:
    """Status, counts and the per-row report of one import. Raises ImportNotFound (also for an
    import the caller may not see)."""
    with uow:
        job = load_visible_import(uow, import_id, context)
        return contracts.import_view(job, progress=contracts.progress_view(job, uow.imports.progress(job.id)))


def get_import_owner(uow: ProfileUnitOfWork, import_id: str, context: CallContext | None = None) -> dict:
    """`{location_ids}`: the locations the import was limited to (None: every one). Raises ImportNotFound."""
    with uow:
        job = load_visible_import(uow, import_id, context)
        return {"location_ids": [str(x) for x in job.location_ids] if job.location_ids is not None else None}


def process_next_import(
    uow: ProfileUnitOfWork,
    *,
    region: str,
    now: datetime,
    checks: ServiceChecks | None = None,
    erased_ids: ErasedIds,
    progress_every_s: float = PROGRESS_EVERY_S,
) -> str | None:
    """Take the oldest import that waits, do its next step in one transaction; its id, or None when none waited.

    A queued import is validated as a whole (every row, against every service's rules), its rows
    validated so far shown as it goes (`import_progress.py`): a dry run completes there, a real one
    goes `running` with its plan. A running import posts its next
    chunk of the plan per call, and completes with the last. A bug fails the import; a service
    that does not answer its check leaves it queued, to be validated again.
    """
    with uow:
        job = uow.imports.claim_next_queued()
        if job is None:
            return None
        job_id = job.id
        try:
            if job.status == "queued":
                planner = VisitPlanner if job.kind == "visits" else ClientPlanner
                progress = ValidationProgress(uow.engine, job.id, job.total_rows, every_s=progress_every_s)
                progress.start()
                planner(uow, job, region, checks, erased_ids, progress.advance).run()
                uow.imports.forget_progress(job.id)  # validated: the job's own counts tell the rest
                done = job.dry_run or not job.plan
                job.status = "completed" if done else "running"
                job.rows = None  # the plan, the report and what was created are what stays
            else:
                done = post_next_chunk(uow, job, now=now)
                job.status = "completed" if done else "running"
        except ServicesUnavailable as error:
            log.warning("import %s waits: %s", job_id, error)
            uow.session.rollback()
            return None  # tried again on the next tick
        except Exception as error:  # noqa: BLE001 - a bug must not leave the import queued (retried) forever
            log.exception("import %s failed", job_id)
            uow.session.rollback()
            uow.imports.mark_failed(job_id, f"the import failed: {type(error).__name__}", now=now)
            uow.commit()
            return str(job_id)
        if job.status == "completed":
            job.finished_at = now
            job.plan = None
        uow.commit()
        return str(job_id)
