"""What files holds on one client, for the GDPR export: every file's record with a short-lived download link."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_files import contracts
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.models import StoredFile
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.use_cases.card import CARD_KINDS
from clientcard_kit import timeline

LINK_SECONDS = 900  # long enough to download an export's files, short enough not to be a lasting share


def export_client_data(uow: FilesUnitOfWork, store: ObjectStore, client_id: str, *, include_medical: bool) -> dict:
    """`{files: [...]}`, newest first, each with a download link valid for LINK_SECONDS; medical files and
    signed consents only with `include_medical`. Raises TimelineInvalid (422: a bad id)."""
    client = timeline.client_uuid(client_id)
    with uow:
        query = sa.select(StoredFile).where(StoredFile.client_id == client)
        if not include_medical:
            query = query.where(StoredFile.kind.in_(CARD_KINDS))
        records = uow.session.scalars(query.order_by(StoredFile.created_at.desc(), StoredFile.id.desc())).all()
        return {
            "link_expires_in_s": LINK_SECONDS,
            "files": [
                contracts.file_view(stored, store.download_url(stored.object_key, seconds=LINK_SECONDS, filename=stored.filename))
                for stored in records
            ],
        }
