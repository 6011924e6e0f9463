"""Posting a validated import, a chunk per transaction, so progress shows and a restart resumes.

Each chunk of the plan is one transaction: its clients (created, or updated by `external_id`),
the identities that make a rerun change nothing, notes and alerts, and one
`import_batch_accepted` event in the outbox that billing, loyalty and messaging post from
(each once per key). The chunk commits together with the count of rows posted, so a crash
between chunks neither loses nor repeats one.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from clientcard_kit.outbox import envelope
from clientcard_kit.providers import CallContext
from clientcard_kit.tables import outbox_events
from clientcard_profile import contracts
from clientcard_profile.db.models import AuditEntry, Client, ClientImport, ImportIdentity, Note
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.import_extras import OWNERS
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.import_visits import post_visits

CHUNK = 2000  # rows per transaction
POSTED_ELSEWHERE = frozenset(name for name, owner in OWNERS.items() if owner != "profile")
TYPED = {"date_of_birth": date.fromisoformat, "home_location_id": uuid.UUID, "discount_percent": Decimal}


def jsonable(data: dict) -> dict:
    """Client fields as the plan stores them (JSON); `restored` reverses it."""
    return {key: (str(value) if isinstance(value, (date, uuid.UUID, Decimal)) else value) for key, value in data.items()}


def restored(data: dict) -> dict:
    return {key: (TYPED[key](value) if key in TYPED and value is not None else value) for key, value in data.items()}


def post_next_chunk(uow: ProfileUnitOfWork, job: ClientImport, *, now: datetime) -> bool:
    """Post the job's next chunk inside the caller's unit of work; True when the whole plan is posted."""
    start = job.posted_rows
    chunk = (job.plan or [])[start : start + CHUNK]
    context = CallContext(job.request_id, job.actor_id, job.actor_name)
    if job.kind == "visits":
        post_visits(uow, chunk, now=now, import_id=job.id)
    else:
        _post_clients(uow, job, chunk, context, now)
    job.posted_rows = start + len(chunk)
    return job.posted_rows >= len(job.plan or [])


def _post_clients(uow: ProfileUnitOfWork, job: ClientImport, chunk: list[dict], context: CallContext, now: datetime) -> None:
    creates = [entry for entry in chunk if entry["action"] == "create"]
    if creates:
        records = [{"id": uuid.UUID(entry["client_id"]), **restored(entry["data"])} for entry in creates]
        uow.session.execute(sa.insert(Client), records)
        _outbox(
            uow, [("client_created", contracts.client_created(_Created(r["id"], r.get("home_location_id")))) for r in records]
        )
        # one audit row per created client, in one statement (record_changes adds them one by one)
        uow.session.execute(
            sa.insert(AuditEntry),
            [
                {
                    "client_id": record["id"],
                    "action": "imported",
                    "field": "import_id",
                    "old_value": None,
                    "new_value": str(job.id),
                    "actor_id": context.actor_id,
                    "actor_name": context.actor_name,
                    "request_id": context.request_id,
                }
                for record in records
            ],
        )
    for entry in chunk:
        if entry["action"] == "update" and entry["data"]:
            _update(uow, entry, job, context)
    _remember_identities(uow, job, chunk)
    _notes(uow, chunk, context)
    rows = [
        {
            "external_id": entry["external_id"],
            "client_id": entry["client_id"],
            "new": entry["new"],
            "parts": {name: value for name, value in entry["parts"].items() if name in POSTED_ELSEWHERE},
        }
        for entry in chunk
        if entry.get("external_id")
    ]
    rows = [row for row in rows if row["parts"]]
    if rows:
        _outbox(uow, [("import_batch_accepted", {"import_id": str(job.id), "rows": rows})])
    uow.flush()


def _update(uow: ProfileUnitOfWork, entry: dict, job: ClientImport, context: CallContext) -> None:
    """An external id seen before: its client takes the row's fields (only those the file has)."""
    client = uow.clients.get(uuid.UUID(entry["client_id"]))
    if client is None:
        return
    changes = {}
    for field, value in restored(entry["data"]).items():
        if field == "custom_fields":
            value = {**(client.custom_fields or {}), **value}
        if getattr(client, field) != value:
            changes[field] = (getattr(client, field), value)
            setattr(client, field, value)
    if changes:
        client.version += 1
        record_changes(uow, client.id, {"import_id": (None, str(job.id)), **changes}, context, "imported")
        uow.outbox.add("client_updated", contracts.client_updated(client, sorted(changes)))


def _remember_identities(uow: ProfileUnitOfWork, job: ClientImport, chunk: list[dict]) -> None:
    """The external ids, and the parts they have now posted (a later row with other values is a conflict)."""
    known = uow.imports.identities([entry["external_id"] for entry in chunk if entry.get("external_id")])
    fresh = []
    for entry in chunk:
        external_id = entry.get("external_id")
        if not external_id:
            continue
        identity = known.get(external_id)
        if identity is None:
            fresh.append(
                {
                    "external_id": external_id,
                    "client_id": uuid.UUID(entry["client_id"]),
                    "parts": entry["parts"],
                    "first_import_id": job.id,
                }
            )
        elif entry["new"]:
            identity.parts = {**identity.parts, **{name: entry["parts"][name] for name in entry["new"]}}
    if fresh:
        uow.session.execute(insert(ImportIdentity.__table__).returning(ImportIdentity.external_id), fresh)


def _notes(uow: ProfileUnitOfWork, chunk: list[dict], context: CallContext) -> None:
    """A row's `notes` as a note and its `alert` as a pinned alert, each the first time its external id brings it."""
    notes = []
    for entry in chunk:
        for part, kind, pinned in (("note", "general", False), ("alert", "alert", True)):
            if part in entry["parts"] and (part in entry["new"] or not entry.get("external_id")):
                notes.append(
                    {
                        "id": uuid.uuid4(),
                        "client_id": uuid.UUID(entry["client_id"]),
                        "kind": kind,
                        "body": entry["parts"][part]["body"],
                        "pinned": pinned,
                        "author_id": context.actor_id,
                        "author_name": context.actor_name,
                    }
                )
    if notes:
        uow.session.execute(sa.insert(Note), notes)
        _outbox(
            uow,
            [
                (
                    "note_added",
                    {
                        "note_id": str(n["id"]),
                        "client_id": str(n["client_id"]),
                        "kind": n["kind"],
                        "pinned": n["pinned"],
                        "imported": True,
                    },
                )
                for n in notes
            ],
        )


def _outbox(uow: ProfileUnitOfWork, events: list[tuple[str, dict]]) -> None:
    rows = []
    for event_type, payload in events:
        event = envelope(payload)
        rows.append({"event_id": uuid.UUID(event["event_id"]), "event_type": event_type, "payload": event})
    if rows:
        # RETURNING lets SQLAlchemy batch the rows into multi-row INSERTs, not a round trip per row
        uow.session.execute(sa.insert(outbox_events).returning(outbox_events.c.event_id), rows)
        uow.outbox.added += len(rows)  # the unit of work wakes the relay when they commit


class _Created:
    """The two attributes `contracts.client_created` reads, without loading the inserted row."""

    def __init__(self, client_id: uuid.UUID, home_location_id):
        self.id = client_id
        self.home_location_id = home_location_id
