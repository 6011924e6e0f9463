"""Repositories of the loyalty database; they never commit."""
from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import (
    CardTransaction,
    ClientTier,
    KnownLocation,
    LoyaltyCard,
    PaymentEarning,
    PointLot,
    Program,
)


class ProgramRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, *, for_update: bool = False) -> Program:
        query = select(Program).where(Program.id == 1)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).one()


class LocationRepository:
    def __init__(self, session: Session):
        self._session = session

    def upsert(self, location_id: uuid.UUID, name: str | None, active: bool) -> None:
        self._session.execute(
            insert(KnownLocation)
            .values(location_id=location_id, name=name, active=active)
            .on_conflict_do_update(index_elements=["location_id"], set_={"name": name, "active": active})
        )

    def unknown(self, location_ids: list[uuid.UUID]) -> list[uuid.UUID]:
        known = set(
            self._session.scalars(select(KnownLocation.location_id).where(KnownLocation.location_id.in_(location_ids)))
        )
        return [x for x in location_ids if x not in known]


class CardRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, card: LoyaltyCard) -> LoyaltyCard:
        self._session.add(card)
        self._session.flush()
        return card

    def get(self, card_id: uuid.UUID, *, for_update: bool = False) -> LoyaltyCard | None:
        query = select(LoyaltyCard).where(LoyaltyCard.id == card_id)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def by_code(self, code: str, *, for_update: bool = False) -> LoyaltyCard | None:
        query = select(LoyaltyCard).where(
            LoyaltyCard.code == code.strip().upper(), LoyaltyCard.type == "gift_card"  # codes are stored upper-case
        )
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def number_taken(self, number: str) -> bool:
        return self._session.scalar(select(sa.func.count()).where(LoyaltyCard.number == number)) > 0

    def for_client(self, client_id: uuid.UUID, *, include_deleted: bool = False) -> list[LoyaltyCard]:
        query = select(LoyaltyCard).where(LoyaltyCard.client_id == client_id)
        if not include_deleted:
            query = query.where(LoyaltyCard.status != "deleted")
        return list(self._session.scalars(query.order_by(LoyaltyCard.created_at, LoyaltyCard.id)))

    def active_loyalty_card(self, client_id: uuid.UUID) -> LoyaltyCard | None:
        return self._session.scalars(
            select(LoyaltyCard)
            .where(LoyaltyCard.client_id == client_id, LoyaltyCard.type == "loyalty", LoyaltyCard.status == "active")
            .order_by(LoyaltyCard.created_at.desc(), LoyaltyCard.id)
        ).first()

    def credit_packs(self, client_id: uuid.UUID, service: str) -> list[LoyaltyCard]:
        return list(
            self._session.scalars(
                select(LoyaltyCard)
                .where(LoyaltyCard.client_id == client_id, LoyaltyCard.type == "credit_pack",
                       LoyaltyCard.status == "active", sa.func.lower(LoyaltyCard.service) == service.lower())
                .order_by(LoyaltyCard.created_at)
                .with_for_update()
            )
        )


class LotRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, lot: PointLot) -> PointLot:
        self._session.add(lot)
        self._session.flush()
        return lot

    def for_client(self, client_id: uuid.UUID, *, for_update: bool = False) -> list[PointLot]:
        query = select(PointLot).where(PointLot.client_id == client_id).order_by(PointLot.earned_at, PointLot.id)
        if for_update:
            query = query.with_for_update()
        return list(self._session.scalars(query))

    def due_to_expire(self, today: date, limit: int) -> list[PointLot]:
        return list(
            self._session.scalars(
                select(PointLot)
                .where(PointLot.points_remaining > 0, PointLot.expires_on <= today)
                .order_by(PointLot.expires_on, PointLot.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )

    def due_for_notice(self, today: date, horizon: date, limit: int) -> list[PointLot]:
        return list(
            self._session.scalars(
                select(PointLot)
                .where(PointLot.points_remaining > 0, PointLot.expires_on > today, PointLot.expires_on <= horizon,
                       PointLot.expiring_notified_at.is_(None))
                .order_by(PointLot.expires_on, PointLot.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )


class TransactionRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, **values) -> CardTransaction:
        transaction = CardTransaction(id=uuid.uuid4(), **values)
        self._session.add(transaction)
        return transaction

    def for_client(self, client_id: uuid.UUID, limit: int = 200) -> list[CardTransaction]:
        return list(
            self._session.scalars(
                select(CardTransaction)
                .where(CardTransaction.client_id == client_id)
                .order_by(CardTransaction.occurred_at.desc(), CardTransaction.seq.desc())
                .limit(limit)
            )
        )

    def for_card(self, card_id: uuid.UUID, limit: int = 200) -> list[CardTransaction]:
        return list(
            self._session.scalars(
                select(CardTransaction)
                .where(CardTransaction.card_id == card_id)
                .order_by(CardTransaction.occurred_at.desc(), CardTransaction.seq.desc())
                .limit(limit)
            )
        )


class PaymentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, payment: PaymentEarning) -> None:
        self._session.add(payment)
        self._session.flush()

    def get(self, payment_id: uuid.UUID, *, for_update: bool = False) -> PaymentEarning | None:
        query = select(PaymentEarning).where(PaymentEarning.payment_id == payment_id)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def spend_rows(self, client_id: uuid.UUID, since: datetime) -> list[tuple[datetime, int, int]]:
        rows = self._session.execute(
            select(PaymentEarning.recorded_at, PaymentEarning.amount_minor, PaymentEarning.refunded_minor).where(
                PaymentEarning.client_id == client_id, PaymentEarning.counts_for_tier.is_(True),
                PaymentEarning.recorded_at >= since,
            )
        ).all()
        return [tuple(row) for row in rows]


class TierRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, client_id: uuid.UUID) -> str | None:
        return self._session.scalar(select(ClientTier.tier).where(ClientTier.client_id == client_id))

    def lock(self, client_id: uuid.UUID, now: datetime) -> str | None:
        """The client's tier, its row locked so concurrent recomputations announce a change once."""
        self._session.execute(
            insert(ClientTier).values(client_id=client_id, tier=None, changed_at=now).on_conflict_do_nothing()
        )
        return self._session.scalar(select(ClientTier.tier).where(ClientTier.client_id == client_id).with_for_update())

    def set(self, client_id: uuid.UUID, tier: str | None, now: datetime) -> None:
        self._session.execute(
            insert(ClientTier)
            .values(client_id=client_id, tier=tier, changed_at=now)
            .on_conflict_do_update(index_elements=["client_id"], set_={"tier": tier, "changed_at": now})
        )

    def clients_with_a_tier(self) -> list[uuid.UUID]:
        return list(self._session.scalars(select(ClientTier.client_id).where(ClientTier.tier.is_not(None))))
