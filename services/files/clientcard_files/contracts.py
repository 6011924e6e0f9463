"""RPC and event contracts of the files service (readers of other services' events)."""

from marshmallow import EXCLUDE, Schema, fields, validate

from clientcard_kit.contracts import EventEnvelope


class ClientMergedEvent(EventEnvelope):
    """profile's `client_merged` and `client_merge_undone`."""

    merge_id = fields.UUID(required=True)
    client_id = fields.UUID(required=True)
    source_id = fields.UUID(required=True)


class ClientErasedEvent(EventEnvelope):
    client_id = fields.UUID(required=True)
    clinical_retention_years = fields.Integer(load_default=8, validate=validate.Range(min=0, max=100))


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
        "has_preview": stored.preview_key is not None,
        "pair_id": str(stored.pair_id) if stored.pair_id else None,
        "stage": stored.stage,
        "visit_id": str(stored.visit_id) if stored.visit_id else None,
        "uploaded_by": stored.uploaded_by,
        "created_at": stored.created_at.isoformat(),
        "download_url": download_url,
    }


class ConsentSignature(Schema):
    """`sign_consent`'s input, as the gateway validated it."""

    class Meta:
        unknown = EXCLUDE

    template_id = fields.UUID(required=True)
    template_version = fields.Integer(load_default=None)
    answers = fields.Dict(load_default=dict)
    signer_name = fields.String(required=True)
    signature_base64 = fields.String(required=True)
    signed_at = fields.AwareDateTime(load_default=None)
    ip = fields.String(load_default=None, allow_none=True)
    user_agent = fields.String(load_default=None, allow_none=True)


def template_view(template) -> dict:
    return {
        "id": str(template.id),
        "version": template.version,
        "title": template.title,
        "body": template.body,
        "fields": template.fields,
        "checkboxes": template.checkboxes,
        "services": list(template.services),
        "validity_months": template.validity_months,
        "created_by": template.created_by,
        "created_at": template.created_at.isoformat(),
    }


def consent_view(consent, template, status: str) -> dict:
    return {
        "id": str(consent.id),
        "client_id": str(consent.client_id),
        "template_id": str(consent.template_id),
        "template_version": consent.template_version,
        "title": template.title,
        "services": list(template.services),
        "status": status,
        "answers": consent.answers,
        "signer_name": consent.signer_name,
        "signed_at": consent.signed_at.isoformat(),
        "ip": consent.ip,
        "user_agent": consent.user_agent,
        "expires_at": consent.expires_at.isoformat() if consent.expires_at else None,
        "file_id": str(consent.file_id),
        "pdf_sha256": consent.pdf_sha256,
        "withdrawn_at": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
        "withdrawn_by": consent.withdrawn_by,
        "withdrawal_reason": consent.withdrawal_reason,
        "sealed": consent.sealed_at is not None,
    }


def card_file_view(f) -> dict:
    """A file as the card lists it (no links: the card is cached)."""
    return {
        "id": str(f.id),
        "kind": f.kind,
        "filename": f.filename,
        "content_type": f.content_type,
        "size": f.size,
        "stage": f.stage,
        "pair_id": str(f.pair_id) if f.pair_id else None,
        "created_at": f.created_at.isoformat(),
    }


def consent_gaps_view(missing, expired) -> dict:
    """One service's consent gaps on the card: `rules.Gap`s missing (never signed) and expired."""
    return {
        "missing": [{"template_id": g.template_id, "title": g.title} for g in missing],
        "expired": [
            {
                "template_id": g.template_id,
                "title": g.title,
                "expired_at": g.expired_at.isoformat() if g.expired_at else None,
            }
            for g in expired
        ],
    }


def photo_pair_view(pair_id, photos) -> dict:
    """A before/after pair from its photos, newest first: `latest_at` is the newest photo's time, `visit_id`
    the first visit any of them names."""
    pair: dict = {
        "pair_id": str(pair_id),
        "visit_id": None,
        "before": [],
        "after": [],
        "latest_at": photos[0].created_at.isoformat(),
    }
    for photo in photos:
        pair[photo.stage].append(file_view(photo))
        pair["visit_id"] = pair["visit_id"] or (str(photo.visit_id) if photo.visit_id else None)
    return pair


def upload_form_view(upload_id, client_id, form: dict, *, max_bytes: int, expires_at) -> dict:
    """A direct upload's presigned POST (`form`: the store's `url` and `fields`) and its limits."""
    return {
        "id": str(upload_id),
        "client_id": str(client_id),
        **form,
        "max_bytes": max_bytes,
        "expires_at": expires_at.isoformat(),
    }


def download_ticket_view(stored, variant: str, *, url: str, ticket: str) -> dict:
    """A ticket to stream a file's `variant` (thumbnails and previews are JPEGs of unknown size)."""
    original = variant == "original"
    return {
        "url": url,
        "ticket": ticket,
        "id": str(stored.id),
        "client_id": str(stored.client_id),
        "kind": stored.kind,
        "filename": stored.filename,
        "content_type": stored.content_type if original else "image/jpeg",
        "size": stored.size if original else None,
    }
