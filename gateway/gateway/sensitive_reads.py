"""Every read of a clinical note or a medical file, kept in the gateway's database: who, when, which client.

The gateway records them because it is the one place every read passes, whether the card came from
the services or from the cache. Admins read them with `GET /clients/{id}/sensitive-reads`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from flask import current_app, g, request
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from clientcard_kit import cursors

metadata = sa.MetaData()

sensitive_reads = sa.Table(
    "sensitive_reads",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("client_id", UUID(as_uuid=True), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),  # clinical_note | medical_file
    sa.Column("record_ids", ARRAY(sa.String(64)), nullable=False),
    sa.Column("key_id", UUID(as_uuid=True)),
    sa.Column("key_name", sa.String(200)),
    sa.Column("request_id", sa.String(128)),
    sa.Column("route", sa.String(200), nullable=False),
)
sa.Index("ix_sensitive_reads_client", sensitive_reads.c.client_id, sensitive_reads.c.id.desc())

CLINICAL_NOTE = "clinical_note"
MEDICAL_FILE = "medical_file"


def record(client_id, kind: str, record_ids) -> None:
    """Note that this request's key read these clinical notes or medical files of the client."""
    ids = [str(x) for x in record_ids]
    if not ids:
        return
    principal = g.principal
    with current_app.extensions["clientcard.engine"].begin() as conn:
        conn.execute(
            sa.insert(sensitive_reads).values(
                client_id=uuid.UUID(str(client_id)),
                kind=kind,
                record_ids=ids,
                key_id=uuid.UUID(principal.key_id),
                key_name=principal.name,
                request_id=g.request_id,
                route=f"{request.method} {request.path}"[:200],
            )
        )


def clinical_note_ids(notes) -> list[str]:
    return [note["id"] for note in notes or () if note.get("kind") == "clinical"]


def medical_file_ids(files) -> list[str]:
    return [record["id"] for record in files or () if record.get("kind") == "medical"]


def list_for_client(client_id, limit: int, cursor: str | None) -> dict:
    """Newest first; raises cursors.BadCursor."""
    after = cursors.decode(cursor, cursors.row_id)
    query = sa.select(sensitive_reads).where(sensitive_reads.c.client_id == uuid.UUID(str(client_id)))
    if after:
        query = query.where(sensitive_reads.c.id < after[0])
    with current_app.extensions["clientcard.engine"].connect() as conn:
        rows = conn.execute(query.order_by(sensitive_reads.c.id.desc()).limit(limit + 1)).all()
    items, next_cursor = cursors.page(rows, limit, lambda row: [row.id])
    return {"items": [_view(row) for row in items], "next_cursor": next_cursor}


def _view(row) -> dict:
    at: datetime = row.at
    return {
        "at": at.isoformat(),
        "client_id": str(row.client_id),
        "kind": row.kind,
        "record_ids": list(row.record_ids),
        "key": {"id": str(row.key_id) if row.key_id else None, "name": row.key_name},
        "request_id": row.request_id,
        "route": row.route,
    }
