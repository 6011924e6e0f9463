"""Typed SQLAlchemy models of the profile database."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    first_name: Mapped[str] = mapped_column(sa.String(100))
    last_name: Mapped[str] = mapped_column(sa.String(100), default="")
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    additional_phone: Mapped[str | None] = mapped_column(sa.String(20))
    gender: Mapped[str | None] = mapped_column(sa.String(20))
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    categories: Mapped[list[str]] = mapped_column(ARRAY(sa.String(100)), default=list)
    tags: Mapped[list[str]] = mapped_column(ARRAY(sa.String(100)), default=list)
    custom_fields: Mapped[dict] = mapped_column(JSONB, default=dict)
    home_location_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    discount_percent: Mapped[Decimal] = mapped_column(sa.Numeric(5, 2), default=Decimal("0"))
    card_number: Mapped[str | None] = mapped_column(sa.String(50))
    online_booking_disabled: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(sa.String(20), default="active")
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )
