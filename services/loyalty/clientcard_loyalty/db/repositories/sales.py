"""What billing sells through loyalty: gift-card holds and invoices."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_loyalty.db.models import GiftCardHold, Invoice, LoyaltyCard


class HoldRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, hold: GiftCardHold) -> GiftCardHold:
        self._session.add(hold)
        self._session.flush()
        return hold

    def by_key(self, hold_key: str) -> GiftCardHold | None:
        return self._session.scalars(select(GiftCardHold).where(GiftCardHold.hold_key == hold_key)).first()

    def get(self, hold_id: uuid.UUID) -> GiftCardHold | None:
        return self._session.scalars(select(GiftCardHold).where(GiftCardHold.id == hold_id).with_for_update()).first()

    def confirmed_for_payment(self, payment_id: uuid.UUID, hold_id: uuid.UUID | None) -> list[GiftCardHold]:
        """The holds a payment confirmed: by hold id when billing names it, else by payment id or hold key."""
        keys = [str(payment_id), f"billing-payment:{payment_id}"]
        match = sa.or_(GiftCardHold.payment_id == payment_id, GiftCardHold.hold_key.in_(keys))
        if hold_id is not None:
            match = GiftCardHold.id == hold_id
        return list(
            self._session.scalars(select(GiftCardHold).where(GiftCardHold.status == "confirmed", match).with_for_update())
        )

    def open_for_payment(self, payment_id: uuid.UUID, hold_id: uuid.UUID | None) -> list[GiftCardHold]:
        """Holds of the payment still waiting for billing's confirm: by hold id, else by billing's key prefix."""
        match = GiftCardHold.hold_key.like(f"billing-payment:{payment_id}%")
        if hold_id is not None:
            match = GiftCardHold.id == hold_id
        return list(self._session.scalars(select(GiftCardHold).where(GiftCardHold.status == "held", match)))

    def for_card(self, card_id: uuid.UUID) -> list[GiftCardHold]:
        return list(self._session.scalars(select(GiftCardHold).where(GiftCardHold.card_id == card_id)))

    def open_older_than(self, cutoff: datetime, limit: int) -> list[GiftCardHold]:
        return list(
            self._session.scalars(
                select(GiftCardHold)
                .where(GiftCardHold.status == "held", GiftCardHold.created_at <= cutoff)
                .order_by(GiftCardHold.created_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )


class InvoiceRepository:
    def __init__(self, session: Session):
        self._session = session

    def add_total(self, invoice_id: uuid.UUID, total_minor: int) -> Invoice:
        """Upsert the total; events may arrive in any order, so a payment can have created the row."""
        self._session.execute(
            insert(Invoice)
            .values(invoice_id=invoice_id, total_minor=total_minor, paid_minor=0)
            .on_conflict_do_update(index_elements=["invoice_id"], set_={"total_minor": total_minor})
        )
        return self.get(invoice_id)

    def add_payment(self, invoice_id: uuid.UUID, amount_minor: int) -> Invoice:
        self._session.execute(
            insert(Invoice)
            .values(invoice_id=invoice_id, total_minor=None, paid_minor=amount_minor)
            .on_conflict_do_update(index_elements=["invoice_id"], set_={"paid_minor": Invoice.paid_minor + amount_minor})
        )
        return self.get(invoice_id)

    def get(self, invoice_id: uuid.UUID) -> Invoice | None:
        return self._session.scalars(
            select(Invoice).where(Invoice.invoice_id == invoice_id).execution_options(populate_existing=True)
        ).first()

    def sold_gift_cards(self, invoice_id: uuid.UUID) -> list[LoyaltyCard]:
        """The spendable gift cards this invoice sold, locked, oldest first."""
        return list(
            self._session.scalars(
                select(LoyaltyCard)
                .where(
                    LoyaltyCard.invoice_id == invoice_id,
                    LoyaltyCard.type == "gift_card",
                    LoyaltyCard.status.not_in(("pending_payment", "deleted")),
                )
                .order_by(LoyaltyCard.created_at, LoyaltyCard.id)
                .with_for_update()
            )
        )

    def pending_gift_cards(self, invoice_id: uuid.UUID) -> list[LoyaltyCard]:
        return list(
            self._session.scalars(
                select(LoyaltyCard)
                .where(
                    LoyaltyCard.invoice_id == invoice_id, LoyaltyCard.type == "gift_card", LoyaltyCard.status == "pending_payment"
                )
                .with_for_update()
            )
        )
