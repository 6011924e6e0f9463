"""Typed SQLAlchemy models of the loyalty database (shapes come from the migrations)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from clientcard_kit import merges


class Base(DeclarativeBase):
    type_annotation_map = {uuid.UUID: UUID(as_uuid=True), datetime: sa.DateTime(timezone=True)}


class Program(Base):
    __tablename__ = "loyalty_programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    points_per_unit: Mapped[int]
    expiry_days: Mapped[int]
    tier_window_days: Mapped[int]
    tiers: Mapped[list] = mapped_column(JSONB)
    excluded_location_ids: Mapped[list] = mapped_column(JSONB)
    version: Mapped[int]
    updated_at: Mapped[datetime]


class KnownLocation(Base):
    __tablename__ = "known_locations"

    location_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    active: Mapped[bool] = mapped_column(default=True)


class LoyaltyCard(Base):
    """Every kind of card: loyalty, gift_card, membership, credit_pack (columns by type)."""

    __tablename__ = "loyalty_cards"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(index=True)
    type: Mapped[str] = mapped_column(sa.String(20))
    number: Mapped[str] = mapped_column(sa.String(50), unique=True)
    status: Mapped[str] = mapped_column(sa.String(20), default="active")
    holder_name: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(server_default=sa.func.now())
    deleted_at: Mapped[datetime | None]
    # gift cards
    code: Mapped[str | None]
    currency: Mapped[str | None]
    initial_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    remaining_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    expires_on: Mapped[date | None]
    invoice_id: Mapped[uuid.UUID | None]
    # memberships
    plan: Mapped[str | None]
    price_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    period_months: Mapped[int | None]
    next_payment_on: Mapped[date | None]
    frozen_from: Mapped[date | None]
    frozen_until: Mapped[date | None]
    # session-credit packs
    service: Mapped[str | None]
    credits_total: Mapped[int | None]
    credits_remaining: Mapped[int | None]
    rollover: Mapped[str | None]
    shareable: Mapped[bool] = mapped_column(default=False)


class PointLot(Base):
    __tablename__ = "point_lots"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID]
    card_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("loyalty_cards.id"))
    payment_id: Mapped[uuid.UUID | None]
    points_earned: Mapped[int] = mapped_column(sa.BigInteger)
    points_remaining: Mapped[int] = mapped_column(sa.BigInteger)
    earned_at: Mapped[datetime]
    expires_on: Mapped[date]
    expiring_notified_at: Mapped[datetime | None]
    expired_at: Mapped[datetime | None]


class CardTransaction(Base):
    __tablename__ = "card_transactions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), unique=True)
    client_id: Mapped[uuid.UUID]
    card_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("loyalty_cards.id"))
    # the card's type, copied in by a trigger as the row is written (migration 0009): the timeline's kind
    card_type: Mapped[str] = mapped_column(sa.String(20), server_default=sa.FetchedValue())
    type: Mapped[str]
    points: Mapped[int | None] = mapped_column(sa.BigInteger)
    amount_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    currency: Mapped[str | None]
    credits: Mapped[int | None]
    reason: Mapped[str | None]
    payment_id: Mapped[uuid.UUID | None]
    refund_id: Mapped[uuid.UUID | None]
    related_client_id: Mapped[uuid.UUID | None]
    occurred_at: Mapped[datetime]


class PaymentEarning(Base):
    """Every payment billing reported for a client: what it earned, what refunds took back."""

    __tablename__ = "payment_earnings"

    payment_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    client_id: Mapped[uuid.UUID]
    invoice_id: Mapped[uuid.UUID | None]
    location_id: Mapped[uuid.UUID | None]
    method: Mapped[str]
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str]
    refunded_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    points_earned: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    points_reversed: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    counts_for_tier: Mapped[bool]
    recorded_at: Mapped[datetime]


class Invoice(Base):
    """billing's invoice total and what has been paid on it (from `invoice_issued` and `payment_recorded`)."""

    __tablename__ = "invoices"

    invoice_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    total_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    paid_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)

    @property
    def paid_in_full(self) -> bool:
        return self.total_minor is not None and self.paid_minor >= self.total_minor


class GiftCardHold(Base):
    __tablename__ = "gift_card_holds"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    hold_key: Mapped[str] = mapped_column(unique=True)
    card_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("loyalty_cards.id"))
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str]
    status: Mapped[str]
    payment_id: Mapped[uuid.UUID | None]
    refunded_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    created_at: Mapped[datetime]
    settled_at: Mapped[datetime | None]


class ClientTier(Base):
    __tablename__ = "client_tiers"

    client_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    tier: Mapped[str | None]
    changed_at: Mapped[datetime]


class TierRoll(Base):
    """How far the hourly tier roll got (one row): every tier is right as of `rolled_to`; NULL asks for a full pass."""

    __tablename__ = "tier_rolls"

    id: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    rolled_to: Mapped[datetime | None]


class ImportedPart(Base):
    """What an import brought into loyalty (a lot of points or a card), once per posting key."""

    __tablename__ = "imported_parts"

    key: Mapped[str] = mapped_column(sa.String(250), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    part: Mapped[str] = mapped_column(sa.String(20))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("point_lots.id"))
    card_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("loyalty_cards.id"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class ImportedPartImport(Base):
    """Every import that named an imported part's key."""

    __tablename__ = "imported_part_imports"

    import_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(250), sa.ForeignKey("imported_parts.key"), primary_key=True)


merge_moves = merges.merge_moves_table(Base.metadata, "row_id", per_table=True, row_type=sa.String(64))
