"""Repositories of the loyalty database; they never commit."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import LoyaltyCard


class CardRepository:
    def __init__(self, session: Session):
        self._session = session

    def for_client(self, client_id: uuid.UUID) -> list[LoyaltyCard]:
        return list(
            self._session.scalars(
                select(LoyaltyCard).where(LoyaltyCard.client_id == client_id).order_by(LoyaltyCard.created_at)
            )
        )
