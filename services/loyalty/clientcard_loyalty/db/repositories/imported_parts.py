"""What imports brought into loyalty: one row per posting key, linked to every import that named it."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import ImportedPart, ImportedPartImport, LoyaltyCard, PointLot


class ImportedPartRepository:
    def __init__(self, session: Session):
        self._session = session

    def posted(self, keys: list[str]) -> dict[str, ImportedPart]:
        if not keys:
            return {}
        return {p.key: p for p in self._session.scalars(sa.select(ImportedPart).where(ImportedPart.key.in_(keys)))}

    def active_loyalty_cards(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, LoyaltyCard]:
        cards = self._session.scalars(
            sa.select(LoyaltyCard)
            .where(LoyaltyCard.client_id.in_(client_ids), LoyaltyCard.type == "loyalty", LoyaltyCard.status == "active")
            .order_by(LoyaltyCard.created_at, LoyaltyCard.id)
        )
        return {card.client_id: card for card in cards}  # the newest wins, as `active_loyalty_card` picks it

    def clients_with_lots(self, client_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        return set(self._session.scalars(sa.select(PointLot.client_id).where(PointLot.client_id.in_(client_ids)).distinct()))

    def taken(self, numbers: list[str]) -> set[str]:
        """Which of these card numbers or gift card codes a card already has."""
        if not numbers:
            return set()
        found = self._session.execute(
            sa.select(LoyaltyCard.number, LoyaltyCard.code).where(
                sa.or_(LoyaltyCard.number.in_(numbers), LoyaltyCard.code.in_(numbers))
            )
        )
        return {value for row in found for value in row if value in numbers}

    def add(self, parts: list[dict]) -> None:
        if parts:
            # RETURNING lets SQLAlchemy batch the rows into multi-row INSERTs, not a round trip per row
            self._session.execute(sa.insert(ImportedPart.__table__).returning(ImportedPart.key), parts)

    def link(self, import_id: uuid.UUID, keys: list[str]) -> None:
        if keys:
            self._session.execute(
                insert(ImportedPartImport.__table__).on_conflict_do_nothing().returning(ImportedPartImport.key),
                [{"import_id": import_id, "key": key} for key in keys],
            )

    def totals(self, import_id: uuid.UUID) -> dict:
        """What loyalty holds for the parts an import named: points earned by its lots, gift card value, cards."""
        named = (
            sa.select(ImportedPart)
            .join(ImportedPartImport, ImportedPartImport.key == ImportedPart.key)
            .where(ImportedPartImport.import_id == import_id)
            .subquery()
        )
        points = self._session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(PointLot.points_earned), 0)).join(named, named.c.lot_id == PointLot.id)
        )
        cards = self._session.execute(
            sa.select(
                LoyaltyCard.type,
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(LoyaltyCard.initial_minor), 0),
                sa.func.min(LoyaltyCard.currency),
            )
            .join(named, named.c.card_id == LoyaltyCard.id)
            .where(named.c.part != "points")
            .group_by(LoyaltyCard.type)
        ).all()
        by_type = {kind: (int(count), int(value), currency) for kind, count, value, currency in cards}
        gift = by_type.get("gift_card", (0, 0, None))
        return {
            "points": int(points or 0),
            "gift_cards": gift[0],
            "gift_card_minor": gift[1],
            "currency": gift[2],
            "memberships": by_type.get("membership", (0, 0, None))[0],
            "credit_packs": by_type.get("credit_pack", (0, 0, None))[0],
        }
