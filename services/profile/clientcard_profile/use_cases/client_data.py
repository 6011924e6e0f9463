"""What profile holds on one client, for the GDPR export: the record, custom fields, notes, visits,
merges and the audit trail, within what the caller may see."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import AuditEntry, ClientMerge, Note, Visit
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.notes import CLINICAL_SCOPE
from clientcard_profile.use_cases.clients import client_record
from clientcard_profile.use_cases.erasure import sealed_records
from clientcard_profile.use_cases.lookup import load_visible_client

AUDIT = contracts.AuditEntryOutput()
ADMIN_SCOPE = "admin"  # sealed health records of erased clients are exported to admins only


def export_client_data(uow: ProfileUnitOfWork, client_id: str, context: CallContext | None) -> dict:
    """`{client, notes, visits, merges, audit, sealed}`; clinical notes only for callers with `notes:clinical`,
    sealed health records of an erased client only for admins. Raises ClientNotFound (404, also when hidden
    from the caller)."""
    clinical = context is None or context.may(CLINICAL_SCOPE)
    with uow:
        client = load_visible_client(uow, client_id, context)
        notes = sa.select(Note).where(Note.client_id == client.id, Note.deleted_at.is_(None))
        if not clinical:
            notes = notes.where(Note.kind != "clinical")
        session = uow.session
        return {
            "client": client_record(uow, client, context),
            "notes": [
                contracts.note_view(note) for note in session.scalars(notes.order_by(Note.created_at.desc(), Note.id.desc()))
            ],
            "visits": [
                contracts.visit_view(visit)
                for visit in session.scalars(
                    sa.select(Visit).where(Visit.client_id == client.id).order_by(Visit.starts_at.desc(), Visit.id.desc())
                )
            ],
            "merges": [
                contracts.merge_view(merge)
                for merge in session.scalars(
                    sa.select(ClientMerge)
                    .where(sa.or_(ClientMerge.client_id == client.id, ClientMerge.source_id == client.id))
                    .order_by(ClientMerge.created_at.desc())
                )
            ],
            "sealed": sealed_records(uow, client.id) if context is None or context.may(ADMIN_SCOPE) else [],
            "audit": [
                AUDIT.dump(entry)
                for entry in session.scalars(
                    sa.select(AuditEntry).where(AuditEntry.client_id == client.id).order_by(AuditEntry.id.desc())
                )
            ],
        }
