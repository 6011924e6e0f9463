"""Rows of the files database: file records (metadata only; no object is stored)."""

from __future__ import annotations

from bench.seed.plan import ClientPlan

TABLES = {
    "stored_files": (
        "id",
        "client_id",
        "kind",
        "filename",
        "content_type",
        "size",
        "sha256",
        "object_key",
        "uploaded_by",
        "created_at",
    ),
}


def rows(plans: list[ClientPlan], ctx) -> dict[str, list[tuple]]:
    files = []
    for c in plans:
        for file_id, kind, content_type, filename, size, at in c.files:
            files.append(
                (
                    file_id,
                    c.id,
                    kind,
                    filename,
                    content_type,
                    size,
                    (file_id.hex * 2)[:64],
                    f"clients/{c.id}/{file_id}",
                    "Front desk",
                    at,
                )
            )
    return {"stored_files": files}
