"""Consent forms: versioned templates, signing into an immutable record with its PDF, listing with
status, withdrawal (logged by event)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import uuid
from datetime import datetime

from PIL import Image, UnidentifiedImageError

from clientcard_files import contracts
from clientcard_files.adapters import consent_pdf
from clientcard_files.adapters.object_store import ObjectStore
from clientcard_files.db.models import ConsentTemplate, SignedConsent, StoredFile
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.domain import consents as rules
from clientcard_files.exceptions import ConsentNotFound, ConsentRejected, ConsentTemplateNotFound, ConsentWithdrawn
from clientcard_kit import closed_clients, cursors
from clientcard_kit.ids import parse_id_or_none

MAX_SIGNATURE_BYTES = 512 * 1024


def create_template(uow: FilesUnitOfWork, data: dict, *, created_by=None) -> dict:
    """Version 1 of a new form. Raises ConsentRejected for duplicate field keys."""
    _check_template(data)
    with uow:
        template = uow.consents.add_template(_template(uuid.uuid4(), 1, data, created_by))
        uow.commit()
        return contracts.template_view(template)


def revise_template(uow: FilesUnitOfWork, template_id: str, data: dict, *, created_by=None) -> dict:
    """The next version (signatures keep the version they signed); the same content again makes none.
    Raises ConsentTemplateNotFound, ConsentRejected."""
    _check_template(data)
    with uow:
        latest = _find_template(uow, template_id, lock=True)
        if rules.same_content(latest, data):
            return contracts.template_view(latest)
        template = uow.consents.add_template(_template(latest.id, latest.version + 1, data, created_by))
        uow.commit()
        return contracts.template_view(template)


def list_templates(uow: FilesUnitOfWork, *, limit: int = 50, cursor: str | None = None) -> dict:
    """Each form's latest version, by title, a page at a time. Raises BadCursor (422) for a cursor it did not give."""
    after = cursors.decode(cursor, _sort_title, uuid.UUID)
    with uow:
        rows = uow.consents.page_latest_templates(limit + 1, after)
        items, next_cursor = cursors.page(rows, limit, lambda row: [row.sort_title, str(row.ConsentTemplate.id)])
        return {"items": [contracts.template_view(row.ConsentTemplate) for row in items], "next_cursor": next_cursor}


def _sort_title(value) -> str:
    """A cursor's title position: text PostgreSQL can compare (no NUL), else the cursor is not ours."""
    if not isinstance(value, str) or "\x00" in value:
        raise ValueError("not a title position")
    return value


def get_template(uow: FilesUnitOfWork, template_id: str, version: int | None = None) -> dict:
    """One version (the latest by default). Raises ConsentTemplateNotFound."""
    with uow:
        return contracts.template_view(_find_template(uow, template_id, version))


def sign(uow: FilesUnitOfWork, store: ObjectStore, client_id: str, data: dict, *, now: datetime, signed_by=None) -> dict:
    """Sign a form for a client: the record, its PDF as a file (`signed_consent`) with its sha256, and
    `consent_signed`. Raises ConsentTemplateNotFound, ConsentRejected, ClientClosed (409)."""
    signature = _signature_png(data.get("signature_base64", ""))
    signed_at = data.get("signed_at") or now
    if signed_at > now:
        raise ConsentRejected("A consent cannot be signed in the future", errors={"signed_at": ["In the future."]})
    consent_id, file_id, client = uuid.uuid4(), uuid.uuid4(), uuid.UUID(str(client_id))
    with uow:
        closed_clients.refuse_closed(uow.session, client)
        template = _find_template(uow, data["template_id"], data.get("template_version"))
        answers = data.get("answers") or {}
        errors = rules.answer_problems(template.fields, template.checkboxes, answers)
        if errors:
            raise ConsentRejected("The answers do not complete the form", errors=errors)
        record = {
            "id": str(consent_id),
            "answers": answers,
            "signer_name": data["signer_name"],
            "signed_at": signed_at.isoformat(),
            "ip": data.get("ip"),
            "user_agent": data.get("user_agent"),
        }
        pdf = consent_pdf.render(template, record, signature)
        sha256, object_key = hashlib.sha256(pdf).hexdigest(), f"clients/{client}/consents/{consent_id}.pdf"
        store.put(object_key, pdf, "application/pdf")
        try:
            uow.files.add(
                StoredFile(
                    id=file_id,
                    client_id=client,
                    kind="signed_consent",
                    filename=f"{template.title[:200]} {signed_at.date()}.pdf",
                    content_type="application/pdf",
                    size=len(pdf),
                    sha256=sha256,
                    object_key=object_key,
                    caption=f"{template.title} v{template.version}"[:500],
                    uploaded_by=signed_by,
                )
            )
            expires_at = rules.add_months(signed_at, template.validity_months) if template.validity_months else None
            consent = uow.consents.add(
                SignedConsent(
                    id=consent_id,
                    client_id=client,
                    template_id=template.id,
                    template_version=template.version,
                    answers=answers,
                    signer_name=data["signer_name"],
                    signed_at=signed_at,
                    ip=data.get("ip"),
                    user_agent=(data.get("user_agent") or None) and data["user_agent"][:500],
                    file_id=file_id,
                    pdf_sha256=sha256,
                    expires_at=expires_at,
                )
            )
            uow.outbox.add(
                "consent_signed",
                {
                    "consent_id": str(consent_id),
                    "client_id": str(client),
                    "template_id": str(template.id),
                    "template_version": template.version,
                    "file_id": str(file_id),
                },
            )
            uow.outbox.add("file_stored", {"file_id": str(file_id), "client_id": str(client), "kind": "signed_consent"})
            uow.session.flush()
            uow.session.refresh(consent)
            result = contracts.consent_view(consent, template, rules.status(consent, now))
            uow.commit()
        except BaseException:
            store.remove(object_key)  # no record, no PDF: a failed signing leaves nothing behind
            raise
    return result


def list_for_client(uow: FilesUnitOfWork, client_id: str, *, now: datetime, limit: int = 50, cursor: str | None = None) -> dict:
    """The client's signed consents, newest first, each with its status (valid, expired, withdrawn), a page at
    a time. Raises BadCursor (422) for a cursor it did not give."""
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        rows = uow.consents.page_for_client(uuid.UUID(str(client_id)), limit + 1, after)
        signed, next_cursor = cursors.page(rows, limit, lambda c: [c.signed_at.isoformat(), str(c.id)])
        templates = uow.consents.templates_of(signed)
        items = [contracts.consent_view(c, templates[(c.template_id, c.template_version)], rules.status(c, now)) for c in signed]
        return {"items": items, "next_cursor": next_cursor}


def get_consent(uow: FilesUnitOfWork, consent_id: str, *, now: datetime) -> dict:
    """One signed consent. Raises ConsentNotFound."""
    with uow:
        consent = _find(uow, consent_id)
        return contracts.consent_view(
            consent, _find_template(uow, consent.template_id, consent.template_version), rules.status(consent, now)
        )


def withdraw(uow: FilesUnitOfWork, consent_id: str, reason: str | None, *, now: datetime, withdrawn_by=None) -> dict:
    """Withdraw a consent (logged as `consent_withdrawn`, who and why). Raises ConsentNotFound, ConsentWithdrawn,
    ClientClosed (409: an erased client's consents are sealed)."""
    with uow:
        consent = _find(uow, consent_id, lock=True)
        closed_clients.refuse_closed(uow.session, consent.client_id)
        if consent.withdrawn_at is not None:
            raise ConsentWithdrawn(f"Consent {consent_id} was withdrawn at {consent.withdrawn_at.isoformat()}")
        consent.withdrawn_at, consent.withdrawn_by, consent.withdrawal_reason = now, withdrawn_by, reason
        uow.outbox.add(
            "consent_withdrawn",
            {"consent_id": str(consent.id), "client_id": str(consent.client_id), "withdrawn_by": withdrawn_by},
        )
        # the card's consents change: `file_changed` drops the files section wherever it is cached
        uow.outbox.add("file_changed", {"file_id": str(consent.file_id), "client_id": str(consent.client_id)})
        uow.session.flush()
        result = contracts.consent_view(consent, _find_template(uow, consent.template_id, consent.template_version), "withdrawn")
        uow.commit()
        return result


def owner(uow: FilesUnitOfWork, consent_id: str) -> dict:
    """`{client_id, file_id}` of a signed consent. Raises ConsentNotFound."""
    with uow:
        consent = _find(uow, consent_id)
        return {"client_id": str(consent.client_id), "file_id": str(consent.file_id)}


def _check_template(data: dict) -> None:
    errors = rules.template_problems(data)
    if errors:
        raise ConsentRejected("The form cannot be saved", errors=errors)


def _template(template_id, version: int, data: dict, created_by) -> ConsentTemplate:
    return ConsentTemplate(
        id=template_id,
        version=version,
        title=data["title"],
        body=data["body"],
        fields=data["fields"],
        checkboxes=data["checkboxes"],
        services=list(data["services"]),
        validity_months=data.get("validity_months"),
        created_by=created_by,
    )


def _find_template(uow: FilesUnitOfWork, template_id, version: int | None = None, *, lock: bool = False) -> ConsentTemplate:
    template_uuid = parse_id_or_none(template_id)
    found = uow.consents.template(template_uuid, version, lock=lock) if template_uuid else None
    if found is None:
        raise ConsentTemplateNotFound(f"No consent template {template_id}" + (f" version {version}" if version else ""))
    return found


def _find(uow: FilesUnitOfWork, consent_id: str, *, lock: bool = False) -> SignedConsent:
    consent_uuid = parse_id_or_none(consent_id)
    found = uow.consents.get(consent_uuid) if consent_uuid else None
    if found is None:
        raise ConsentNotFound(f"No consent {consent_id}")
    if lock:
        uow.session.refresh(found, with_for_update=True)
    return found


def _signature_png(encoded: str) -> bytes:
    """The drawn signature as PNG bytes (a data URL or plain base64 of a PNG or JPEG). Raises ConsentRejected."""
    try:
        raw = base64.b64decode(encoded.split(",", 1)[-1], validate=True)
        if not raw or len(raw) > MAX_SIGNATURE_BYTES:
            raise ValueError("size")
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValueError("format")
            output = io.BytesIO()
            image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB").save(output, format="PNG")
            return output.getvalue()
    except (binascii.Error, ValueError, UnidentifiedImageError, OSError) as error:
        raise ConsentRejected("The signature is not an image", errors={"signature_base64": ["A PNG or JPEG, base64."]}) from error
