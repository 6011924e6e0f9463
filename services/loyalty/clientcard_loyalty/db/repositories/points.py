"""Point lots and the payments points were earned on."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import PaymentEarning, PointLot


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
                .where(
                    PointLot.points_remaining > 0,
                    PointLot.expires_on > today,
                    PointLot.expires_on <= horizon,
                    PointLot.expiring_notified_at.is_(None),
                )
                .order_by(PointLot.expires_on, PointLot.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
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
                PaymentEarning.client_id == client_id,
                PaymentEarning.counts_for_tier.is_(True),
                PaymentEarning.recorded_at >= since,
            )
        ).all()
        return [tuple(row) for row in rows]
