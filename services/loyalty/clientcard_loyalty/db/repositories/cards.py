"""Cards and their transactions."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import CardTransaction, LoyaltyCard


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
            LoyaltyCard.code == code.strip().upper(),
            LoyaltyCard.type == "gift_card",  # codes are stored upper-case
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
                .where(
                    LoyaltyCard.client_id == client_id,
                    LoyaltyCard.type == "credit_pack",
                    LoyaltyCard.status == "active",
                    sa.func.lower(LoyaltyCard.service) == service.lower(),
                )
                .order_by(LoyaltyCard.created_at)
                .with_for_update()
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
