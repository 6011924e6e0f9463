"""GDPR erasure, profile's part: anonymise the record, seal clinical notes, emit `client_erased`, and keep
each erasure's progress as the other services report `client_data_erased`."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import AuditEntry, ClientLink, Erasure, ImportIdentity, Note, SealedRecord, Visit
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.erased_ids import ErasedIds
from clientcard_profile.exceptions import ClientArchived, ErasureInvalid, ErasureNotFound
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.lookup import caller_locations, load_visible_client, may_see

# the services that hold data on a client and report `client_data_erased` when they have removed it
ERASING_SERVICES = ("billing", "loyalty", "messaging", "files")
ANONYMOUS = {
    "first_name": "Erased",
    "last_name": "client",
    "email": None,
    "phone": None,
    "additional_phone": None,
    "gender": None,
    "date_of_birth": None,
    "categories": [],
    "tags": [],
    "custom_fields": {},
    "card_number": None,
    "block_reason": None,
    "photo_file_id": None,
}


def retention_end(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year + years)
    except ValueError:  # 29 February
        return now.replace(year=now.year + years, day=28)


def _seal_or_drop_notes(uow: ProfileUnitOfWork, client_id: uuid.UUID, now: datetime, retention_years: int) -> None:
    """Clinical notes are health records: kept sealed until their retention ends (0 years: dropped now)."""
    if retention_years > 0:
        clinical = uow.session.scalars(
            sa.select(Note).where(Note.client_id == client_id, Note.kind == "clinical", Note.deleted_at.is_(None))
        )
        for note in clinical:
            uow.session.add(
                SealedRecord(
                    id=note.id,
                    client_id=client_id,
                    kind="clinical_note",
                    data=contracts.note_view(note),
                    sealed_at=now,
                    delete_after=retention_end(now, retention_years),
                )
            )
    uow.session.execute(sa.delete(Note).where(Note.client_id == client_id))


def _forget_old_system_ids(uow: ProfileUnitOfWork, client_id: uuid.UUID, erased_ids: ErasedIds) -> None:
    """The client's ids from an old system become keyed hashes, and what its imports brought (note and
    alert texts, consent, card codes, kept to make a rerun post nothing twice) goes."""
    session = uow.session
    identities, visits = ImportIdentity.__table__, Visit.__table__
    old_ids = session.scalars(sa.select(identities.c.external_id).where(identities.c.client_id == client_id)).all()
    if old_ids:
        session.execute(
            sa.update(identities)
            .where(identities.c.external_id == sa.bindparam("old_id"))
            .values(external_id=sa.bindparam("hashed_id"), parts={}),
            [{"old_id": old_id, "hashed_id": erased_ids.of(old_id)} for old_id in old_ids],
        )
    # an imported visit's id without its own names the client's old id; a client may have thousands: one executemany
    imported = session.execute(
        sa.select(visits.c.id, visits.c.external_id).where(visits.c.client_id == client_id, visits.c.external_id.is_not(None))
    ).all()
    if imported:
        session.execute(
            sa.update(visits).where(visits.c.id == sa.bindparam("visit_id")).values(external_id=sa.bindparam("hashed_id")),
            [{"visit_id": visit_id, "hashed_id": erased_ids.of(old_id)} for visit_id, old_id in imported],
        )


def erase_client(
    uow: ProfileUnitOfWork,
    client_id: str,
    data: dict,
    *,
    context: CallContext | None,
    now: datetime,
    retention_years: int,
    erased_ids: ErasedIds,
) -> dict:
    """Anonymise the client, drop notes (clinical ones sealed), visit comments, audit values, family
    links and the old system's ids (kept as keyed hashes, so a rerun of an old import leaves the
    client erased); emit `client_erased`. Erasing an erased client answers its erasure again. Raises ClientNotFound
    (404), ClientArchived (409: merged into another client, erase that one), ErasureInvalid (422: no reason)."""
    reason = str((data or {}).get("reason") or "").strip()
    if not reason:
        raise ErasureInvalid("A reason is required", errors={"reason": ["Missing data for required field."]})
    with uow:
        client = load_visible_client(uow, client_id, context, for_update=True)
        if client.status == "erased":
            return contracts.erasure_view(_latest(uow, client.id))
        if client.merged_into_id is not None:
            raise ClientArchived(f"This client was merged into {client.merged_into_id}: erase that client")
        _seal_or_drop_notes(uow, client.id, now, retention_years)
        session = uow.session
        session.execute(sa.update(Visit).where(Visit.client_id == client.id).values(comment=None))
        _forget_old_system_ids(uow, client.id, erased_ids)
        session.execute(sa.update(AuditEntry).where(AuditEntry.client_id == client.id).values(old_value=None, new_value=None))
        session.execute(
            sa.delete(ClientLink).where(sa.or_(ClientLink.client_id == client.id, ClientLink.linked_client_id == client.id))
        )
        for field, value in ANONYMOUS.items():
            setattr(client, field, value)
        client.status, client.archived_at, client.version = "erased", now, client.version + 1
        erasure = Erasure(
            id=uuid.uuid4(),
            client_id=client.id,
            reason=reason,
            actor_id=context.actor_id if context else None,
            actor_name=context.actor_name if context else None,
            requested_at=now,
            services={
                "profile": {"status": "done", "at": now.isoformat()},
                **{service: {"status": "pending", "at": None} for service in ERASING_SERVICES},
            },
        )
        session.add(erasure)
        record_changes(uow, client.id, {}, context, action="erased")
        uow.outbox.add(
            "client_erased",
            {
                "client_id": str(client.id),
                "erasure_id": str(erasure.id),
                "erased_at": now.isoformat(),
                "clinical_retention_years": retention_years,
            },
        )
        uow.commit()
        return contracts.erasure_view(erasure)


def _latest(uow: ProfileUnitOfWork, client_id: uuid.UUID, *, for_update: bool = False) -> Erasure | None:
    query = sa.select(Erasure).where(Erasure.client_id == client_id).order_by(Erasure.requested_at.desc()).limit(1)
    return uow.session.scalars(query.with_for_update() if for_update else query).first()


def get_erasure(uow: ProfileUnitOfWork, erasure_id: str, context: CallContext | None) -> dict:
    """Progress per service. Raises ErasureNotFound (404, also when its client is hidden from the caller)."""
    key = parse_id(erasure_id, what="erasure", not_found=ErasureNotFound)
    with uow:
        erasure = uow.session.get(Erasure, key)
        locations = caller_locations(context)
        if erasure is None or (locations is not None and not may_see(uow, uow.clients.get(erasure.client_id), locations)):
            raise ErasureNotFound(f"No erasure {erasure_id}")
        return contracts.erasure_view(erasure)


def record_service_done(uow: ProfileUnitOfWork, service: str, event: dict, *, now: datetime) -> None:
    """A service reported `client_data_erased`: its part of the client's open erasure is done (once)."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"erasure_done_{service}"):
            return
        erasure = _latest(uow, uuid.UUID(str(event["client_id"])), for_update=True)
        if erasure is not None and erasure.services.get(service, {}).get("status") == "pending":
            services = {**erasure.services, service: {"status": "done", "at": now.isoformat()}}
            erasure.services = services
            if all(part["status"] == "done" for part in services.values()):
                erasure.completed_at = now
        uow.commit()


def purge_sealed_records(uow: ProfileUnitOfWork, *, now: datetime) -> int:
    """Delete sealed health records whose retention has ended; returns how many."""
    with uow:
        purged = uow.session.execute(sa.delete(SealedRecord).where(SealedRecord.delete_after <= now)).rowcount
        uow.commit()
        return purged


def sealed_records(uow: ProfileUnitOfWork, client_id: uuid.UUID) -> list[dict]:
    """Inside an open unit of work: the client's sealed records, for an admin's export."""
    records = uow.session.scalars(sa.select(SealedRecord).where(SealedRecord.client_id == client_id))
    return [contracts.sealed_record_view(record) for record in records]
