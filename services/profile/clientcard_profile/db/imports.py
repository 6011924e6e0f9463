"""Client imports: the parsed rows waiting to be processed, then the counts and per-row report."""
from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, Session, mapped_column

from clientcard_profile.db.models import Base, Client


class ClientImport(Base):
    __tablename__ = "client_imports"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    status: Mapped[str] = mapped_column(sa.String(20), default="queued")
    dry_run: Mapped[bool] = mapped_column(default=False)
    filename: Mapped[str | None] = mapped_column(sa.String(255))
    columns: Mapped[dict] = mapped_column(JSONB, default=dict)
    rows: Mapped[list | None] = mapped_column(JSONB)
    total_rows: Mapped[int] = mapped_column(default=0)
    created_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)
    duplicate_count: Mapped[int] = mapped_column(default=0)
    error_count: Mapped[int] = mapped_column(default=0)
    report: Mapped[list] = mapped_column(JSONB, default=list)
    actor_id: Mapped[str | None] = mapped_column(sa.String(100))
    actor_name: Mapped[str | None] = mapped_column(sa.String(200))
    request_id: Mapped[str | None] = mapped_column(sa.String(200))
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )


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
        """The oldest queued import, locked so that another replica skips it while this one works."""
        query = (
            sa.select(ClientImport)
            .where(ClientImport.status == "queued")
            .order_by(ClientImport.created_at)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        return self._session.scalars(query).first()

    def mark_failed(self, import_id: uuid.UUID, message: str, *, now: datetime) -> None:
        self._session.execute(
            sa.update(ClientImport)
            .where(ClientImport.id == import_id)
            .values(status="failed", finished_at=now, rows=None, report=[{"row": 0, "field": "_file", "message": message,
                                                                          "kind": "error"}])
        )

    def existing_contacts(self, emails: list[str], phones: list[str]) -> tuple[set[str], set[str]]:
        """Which of these lower-cased emails and E.164 phones active clients already have."""
        found_emails: set[str] = set()
        found_phones: set[str] = set()
        if emails:
            found_emails = set(
                self._session.scalars(
                    sa.select(sa.func.lower(Client.email)).where(
                        sa.func.lower(Client.email).in_(emails), Client.status == "active"
                    )
                )
            )
        if phones:
            rows = self._session.execute(
                sa.select(Client.phone, Client.additional_phone).where(
                    sa.or_(Client.phone.in_(phones), Client.additional_phone.in_(phones)), Client.status == "active"
                )
            )
            for phone, additional in rows:
                found_phones.update(p for p in (phone, additional) if p)
        return found_emails, found_phones
