"""The files section of the unified card."""

from __future__ import annotations

import uuid

from clientcard_files.db.uow import FilesUnitOfWork

RECENT = 5
CARD_KINDS = ("photo", "document", "consent_form")


def card_section(uow: FilesUnitOfWork, client_id: str) -> dict:
    """The client's most recent files and photos, medical files left out."""
    with uow:
        # medical files need the clinical scope, which the card does not ask for
        files = uow.files.page_for_client(uuid.UUID(str(client_id)), RECENT, None, kinds=CARD_KINDS)
        return {
            "recent": [
                {
                    "id": str(f.id),
                    "kind": f.kind,
                    "filename": f.filename,
                    "content_type": f.content_type,
                    "size": f.size,
                    "created_at": f.created_at.isoformat(),
                }
                for f in files
            ]
        }
