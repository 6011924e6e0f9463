"""RPC and event contracts of the files service (readers of other services' events)."""

from marshmallow import fields

from clientcard_kit.contracts import EventEnvelope


class ClientMergedEvent(EventEnvelope):
    """profile's `client_merged` and `client_merge_undone`."""

    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ClientErasedEvent(EventEnvelope):
    client_id = fields.UUID(required=True)


def file_view(stored, download_url: str | None = None) -> dict:
    return {
        "id": str(stored.id),
        "client_id": str(stored.client_id),
        "kind": stored.kind,
        "filename": stored.filename,
        "content_type": stored.content_type,
        "size": stored.size,
        "sha256": stored.sha256,
        "caption": stored.caption,
        "has_thumbnail": stored.thumbnail_key is not None,
        "uploaded_by": stored.uploaded_by,
        "created_at": stored.created_at.isoformat(),
        "download_url": download_url,
    }
