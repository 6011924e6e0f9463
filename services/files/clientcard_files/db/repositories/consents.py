"""Consent templates and the consents clients signed."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, literal, select, tuple_, update
from sqlalchemy.orm import Session

from clientcard_files.db.models import ConsentTemplate, SignedConsent, StoredFile


class ConsentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add_template(self, template: ConsentTemplate) -> ConsentTemplate:
        self._session.add(template)
        self._session.flush()
        return template

    def template(self, template_id: uuid.UUID, version: int | None = None, *, lock: bool = False) -> ConsentTemplate | None:
        """One version, or the latest when `version` is None."""
        query = select(ConsentTemplate).where(ConsentTemplate.id == template_id)
        if version is not None:
            query = query.where(ConsentTemplate.version == version)
        query = query.order_by(ConsentTemplate.version.desc()).limit(1)
        return self._session.scalars(query.with_for_update() if lock else query).first()

    def latest_templates(self) -> list[ConsentTemplate]:
        query = select(ConsentTemplate).distinct(ConsentTemplate.id).order_by(ConsentTemplate.id, ConsentTemplate.version.desc())
        return sorted(self._session.scalars(query), key=lambda t: (t.title.lower(), str(t.id)))

    def page_latest_templates(self, limit: int, after: tuple[str, uuid.UUID] | None) -> list:
        """Each form's latest version by (lower(title), id), keyset-paged: rows of (template, sort_title), the
        lowered title as PostgreSQL compares it, for the next page's position."""
        latest = (
            select(ConsentTemplate.id, func.max(ConsentTemplate.version).label("version")).group_by(ConsentTemplate.id).subquery()
        )
        title = func.lower(ConsentTemplate.title)
        query = select(ConsentTemplate, title.label("sort_title")).join(
            latest, (latest.c.id == ConsentTemplate.id) & (latest.c.version == ConsentTemplate.version)
        )
        if after is not None:
            query = query.where(tuple_(title, ConsentTemplate.id) > tuple_(literal(after[0]), literal(after[1])))
        return list(self._session.execute(query.order_by(title, ConsentTemplate.id).limit(limit)).all())

    def add(self, consent: SignedConsent) -> SignedConsent:
        self._session.add(consent)
        self._session.flush()
        return consent

    def get(self, consent_id: uuid.UUID) -> SignedConsent | None:
        return self._session.get(SignedConsent, consent_id)

    def for_client(self, client_id: uuid.UUID) -> list[SignedConsent]:
        query = select(SignedConsent).where(SignedConsent.client_id == client_id)
        return list(self._session.scalars(query.order_by(SignedConsent.signed_at.desc(), SignedConsent.id.desc())))

    def page_for_client(self, client_id: uuid.UUID, limit: int, after: tuple[datetime, uuid.UUID] | None) -> list[SignedConsent]:
        """Newest first, keyset-paged by (signed_at, id)."""
        query = select(SignedConsent).where(SignedConsent.client_id == client_id)
        if after is not None:
            query = query.where(tuple_(SignedConsent.signed_at, SignedConsent.id) < after)
        return list(self._session.scalars(query.order_by(SignedConsent.signed_at.desc(), SignedConsent.id.desc()).limit(limit)))

    def seal_for_client(self, client_id: uuid.UUID, at) -> list[uuid.UUID]:
        """Seal the client's signed consents; the ids of their PDF files, which are kept."""
        unsealed = (SignedConsent.client_id == client_id, SignedConsent.sealed_at.is_(None))
        self._session.execute(update(SignedConsent).where(*unsealed).values(sealed_at=at))
        return list(self._session.scalars(select(SignedConsent.file_id).where(SignedConsent.client_id == client_id)))

    def follow_their_files(self, client_ids) -> int:
        """Re-point these clients' signed consents at the client that now holds each one's PDF."""
        owner = select(StoredFile.client_id).where(StoredFile.id == SignedConsent.file_id).scalar_subquery()
        query = (
            update(SignedConsent)
            .where(SignedConsent.client_id.in_(list(client_ids)), SignedConsent.client_id != owner)
            .values(client_id=owner)
        )
        return self._session.execute(query).rowcount

    def delete_sealed_for_files(self, file_ids) -> int:
        """The sealed consents whose PDFs are purged go with them (the database refuses unsealed ones)."""
        if not file_ids:
            return 0
        query = delete(SignedConsent).where(SignedConsent.file_id.in_(list(file_ids)), SignedConsent.sealed_at.is_not(None))
        return self._session.execute(query).rowcount

    def templates_of(self, consents) -> dict[tuple[uuid.UUID, int], ConsentTemplate]:
        keys = {(c.template_id, c.template_version) for c in consents}
        if not keys:
            return {}
        query = select(ConsentTemplate).where(tuple_(ConsentTemplate.id, ConsentTemplate.version).in_(list(keys)))
        return {(t.id, t.version): t for t in self._session.scalars(query)}
