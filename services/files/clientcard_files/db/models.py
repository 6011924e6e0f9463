"""Typed SQLAlchemy models of the files database."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


merge_moves = sa.Table(
    "merge_moves",
    Base.metadata,
    sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("file_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("from_client_id", UUID(as_uuid=True), nullable=False),
    sa.Column("to_client_id", UUID(as_uuid=True), nullable=False),
)
