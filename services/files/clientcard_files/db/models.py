"""Typed SQLAlchemy models of the files database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from clientcard_kit import merges


class Base(DeclarativeBase):
    pass


class StoredFile(Base):
    """A file's metadata; its bytes live in the object store under `object_key`."""

    __tablename__ = "stored_files"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(sa.String(20))
    filename: Mapped[str] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(100))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    object_key: Mapped[str] = mapped_column(sa.String(300), unique=True)
    caption: Mapped[str | None] = mapped_column(sa.String(500))
    thumbnail_key: Mapped[str | None] = mapped_column(sa.String(300))
    uploaded_by: Mapped[str | None] = mapped_column(sa.String(200))
    preview_key: Mapped[str | None] = mapped_column(sa.String(300))
    pair_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    stage: Mapped[str | None] = mapped_column(sa.String(10))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    sealed_until: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))  # an erased client's health record


class ConsentTemplate(Base):
    """One version of a consent form; a change is a new row with the next version."""

    __tablename__ = "consent_templates"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    version: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    fields: Mapped[list] = mapped_column(JSONB)
    checkboxes: Mapped[list] = mapped_column(JSONB)
    services: Mapped[list[str]] = mapped_column(ARRAY(sa.String(200)))
    validity_months: Mapped[int | None] = mapped_column(sa.Integer)
    created_by: Mapped[str | None] = mapped_column(sa.String(200))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class SignedConsent(Base):
    """A signed consent: immutable (a trigger refuses edits) but for withdrawal and sealing."""

    __tablename__ = "signed_consents"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    template_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    template_version: Mapped[int] = mapped_column(sa.Integer)
    answers: Mapped[dict] = mapped_column(JSONB)
    signer_name: Mapped[str] = mapped_column(sa.String(200))
    signed_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    ip: Mapped[str | None] = mapped_column(sa.String(64))
    user_agent: Mapped[str | None] = mapped_column(sa.String(500))
    file_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    pdf_sha256: Mapped[str] = mapped_column(sa.String(64))
    expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    withdrawn_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    withdrawn_by: Mapped[str | None] = mapped_column(sa.String(200))
    withdrawal_reason: Mapped[str | None] = mapped_column(sa.String(500))
    sealed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class PendingUpload(Base):
    """A direct upload by presigned POST, until its completion call checks and records it."""

    __tablename__ = "pending_uploads"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(sa.String(20))
    filename: Mapped[str] = mapped_column(sa.String(255))
    caption: Mapped[str | None] = mapped_column(sa.String(500))
    pair_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    stage: Mapped[str | None] = mapped_column(sa.String(10))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    object_key: Mapped[str] = mapped_column(sa.String(300), unique=True)
    uploaded_by: Mapped[str | None] = mapped_column(sa.String(200))
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


merge_moves = merges.merge_moves_table(Base.metadata, row_key="file_id")
