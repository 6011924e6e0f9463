"""Cards on file, billing's copy of known locations, and what each merge moved."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_billing.db.models import CardOnFile, KnownLocation, MoneyMerge


class CardRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, card: CardOnFile) -> CardOnFile:
        self._session.add(card)
        self._session.flush()
        return card

    def get(self, card_id: uuid.UUID) -> CardOnFile | None:
        return self._session.get(CardOnFile, card_id)

    def for_client(self, client_id: uuid.UUID) -> list[CardOnFile]:
        return list(
            self._session.scalars(
                sa.select(CardOnFile).where(CardOnFile.client_id == client_id).order_by(CardOnFile.created_at)
            ).all()
        )

    def delete(self, card: CardOnFile) -> None:
        self._session.delete(card)

    def delete_for_client(self, client_id: uuid.UUID) -> int:
        return self._session.execute(sa.delete(CardOnFile).where(CardOnFile.client_id == client_id)).rowcount

    def repoint(self, card_ids: list, client_id: uuid.UUID) -> None:
        if card_ids:
            self._session.execute(sa.update(CardOnFile).where(CardOnFile.id.in_(card_ids)).values(client_id=client_id))


class LocationRepository:
    def __init__(self, session: Session):
        self._session = session

    def upsert(self, location_id: uuid.UUID, name: str, active: bool, when: datetime) -> None:
        """Insert or update, unless what we hold is newer (events may arrive out of order)."""
        statement = insert(KnownLocation).values(id=location_id, name=name, active=active, updated_at=when)
        self._session.execute(
            statement.on_conflict_do_update(
                index_elements=["id"],
                set_={"name": statement.excluded.name, "active": statement.excluded.active, "updated_at": when},
                where=KnownLocation.updated_at <= statement.excluded.updated_at,
            )
        )

    def known(self, location_id: uuid.UUID) -> bool:
        return self._session.get(KnownLocation, location_id) is not None


class MoneyMergeRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, merge_id: uuid.UUID, *, lock: bool = False) -> MoneyMerge | None:
        query = sa.select(MoneyMerge).where(MoneyMerge.merge_id == merge_id)
        return self._session.scalars(query.with_for_update() if lock else query).first()

    def add(self, move: MoneyMerge) -> None:
        self._session.add(move)
        self._session.flush()
