"""Client imports: the parsed rows waiting to be processed, then the counts and per-row report."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import Client, ClientImport, ImportIdentity, ImportProgress, Location
from clientcard_profile.db.repositories.access import visible_to
from clientcard_profile.domain.erased_ids import ErasedIds


class ImportRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, job: ClientImport) -> ClientImport:
        self._session.add(job)
        self._session.flush()
        self._session.refresh(job)
        return job

    def get(self, import_id: uuid.UUID) -> ClientImport | None:
        return self._session.get(ClientImport, import_id)

    def claim_next_queued(self) -> ClientImport | None:
        """The oldest queued (or half-posted) import, locked so that another replica skips it while this one works."""
        query = (
            sa.select(ClientImport)
            .where(ClientImport.status.in_(("queued", "running")))
            .order_by(ClientImport.created_at)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        return self._session.scalars(query).first()

    def progress(self, import_id: uuid.UUID) -> ImportProgress | None:
        return self._session.get(ImportProgress, import_id)

    def forget_progress(self, import_id: uuid.UUID) -> None:
        self._session.execute(sa.delete(ImportProgress).where(ImportProgress.import_id == import_id))

    def mark_failed(self, import_id: uuid.UUID, message: str, *, now: datetime) -> None:
        self._session.execute(
            sa.update(ClientImport)
            .where(ClientImport.id == import_id)
            .values(
                status="failed",
                finished_at=now,
                rows=None,
                report=[{"row": 0, "field": "_file", "message": message, "kind": "error"}],
            )
        )

    def existing_contacts(
        self, emails: list[str], phones: list[str], location_ids: frozenset[uuid.UUID] | None = None
    ) -> tuple[set[str], set[str]]:
        """Which of these lower-cased emails and E.164 phones active clients already have (only the
        clients a caller limited to `location_ids` may see, when given)."""
        visible = visible_to(location_ids)
        found_emails: set[str] = set()
        found_phones: set[str] = set()
        if emails:
            found_emails = set(
                self._session.scalars(
                    sa.select(sa.func.lower(Client.email)).where(
                        sa.func.lower(Client.email).in_(emails), Client.status == "active", visible
                    )
                )
            )
        if phones:
            rows = self._session.execute(
                sa.select(Client.phone, Client.additional_phone).where(
                    sa.or_(Client.phone.in_(phones), Client.additional_phone.in_(phones)),
                    Client.status == "active",
                    visible,
                )
            )
            for phone, additional in rows:
                found_phones.update(p for p in (phone, additional) if p)
        return found_emails, found_phones

    def identities(self, external_ids: list[str]) -> dict[str, ImportIdentity]:
        """The known ones among these external ids, locked: two imports never post one part twice."""
        if not external_ids:
            return {}
        rows = self._session.scalars(
            sa.select(ImportIdentity).where(ImportIdentity.external_id.in_(external_ids)).with_for_update()
        )
        return {row.external_id: row for row in rows}

    def erased_among(self, external_ids: list[str], erased_ids: ErasedIds) -> set[str]:
        """Those of these external ids whose client was erased (only their keyed hash is kept)."""
        if not external_ids:
            return set()
        hashed = {erased_ids.of(external_id): external_id for external_id in external_ids}
        rows = self._session.scalars(sa.select(ImportIdentity.external_id).where(ImportIdentity.external_id.in_(list(hashed))))
        return {hashed[row] for row in rows}

    def location_ids_by_name(self) -> dict[str, uuid.UUID]:
        """Active locations by lower-cased name (for `home_location` and a visit's `location`)."""
        rows = self._session.execute(sa.select(Location.name, Location.id).where(Location.active.is_(True)))
        return {name.strip().lower(): location_id for name, location_id in rows}

    def writable_clients(self, client_ids: list[uuid.UUID], location_ids: frozenset[uuid.UUID] | None) -> set[uuid.UUID]:
        """Which of these clients are active and visible to a caller limited to `location_ids` (an import may update them)."""
        if not client_ids:
            return set()
        return set(
            self._session.scalars(
                sa.select(Client.id).where(Client.id.in_(client_ids), Client.status == "active", visible_to(location_ids))
            )
        )
