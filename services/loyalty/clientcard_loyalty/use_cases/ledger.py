"""Points moving in and out of a client's lots, and the tier that follows; shared by the use cases.

Every function here runs inside the caller's unit of work and never commits.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import LoyaltyCard, PointLot, Program
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import lots as lot_rules
from clientcard_loyalty.domain import tiers as tier_rules
from clientcard_loyalty.exceptions import InsufficientPoints


def tier_rules_of(program: Program) -> list[tier_rules.TierRule]:
    return [tier_rules.TierRule(t["name"], int(t["min_spend_minor"])) for t in program.tiers]


def as_domain(lot: PointLot) -> lot_rules.Lot:
    return lot_rules.Lot(lot.id, lot.points_remaining, lot.expires_on, lot.earned_at)


def new_number(uow: LoyaltyUnitOfWork, prefix: str, digits: int = 10) -> str:
    while True:
        number = prefix + "".join(secrets.choice("0123456789") for _ in range(digits))
        if not uow.cards.number_taken(number):
            return number


def announce_card(uow: LoyaltyUnitOfWork, card: LoyaltyCard, change: str) -> None:
    """Queue the card kind's `*_changed` event (`gift_card_changed`, `membership_changed`, ...)."""
    uow.outbox.add(contracts.CARD_CHANGED[card.type], contracts.card_changed(card, change))


def loyalty_card_for(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime) -> LoyaltyCard:
    """The client's active loyalty card; one is issued on first earning, so no point is lost for want of a card."""
    card = uow.cards.active_loyalty_card(client_id)
    if card is None:
        card = uow.cards.add(
            LoyaltyCard(
                id=uuid.uuid4(), client_id=client_id, type="loyalty", number=new_number(uow, "L"), created_at=now, status="active"
            )
        )
        take_over_lots(uow, card)
        announce_card(uow, card, "issued")
    return card


def take_over_lots(uow: LoyaltyUnitOfWork, card: LoyaltyCard) -> int:
    """A client's new loyalty card carries the points of the cards deleted before it; returns those points."""
    carried = 0
    for lot in uow.lots.for_client(card.client_id, for_update=True):
        if lot.card_id != card.id:
            lot.card_id = card.id
            carried += lot.points_remaining
    return carried


def earn(
    uow: LoyaltyUnitOfWork,
    card: LoyaltyCard,
    points: int,
    *,
    now: datetime,
    expiry_days: int,
    tx_type: str,
    reason: str | None = None,
    payment_id: uuid.UUID | None = None,
) -> PointLot:
    """A new lot of `points` on `card`, its transaction and a `points_earned` event."""
    lot = uow.lots.add(
        PointLot(
            id=uuid.uuid4(),
            client_id=card.client_id,
            card_id=card.id,
            payment_id=payment_id,
            points_earned=points,
            points_remaining=points,
            earned_at=now,
            expires_on=lot_rules.expiry_date(now, expiry_days),
        )
    )
    uow.transactions.add(
        client_id=card.client_id,
        card_id=card.id,
        type=tx_type,
        points=points,
        reason=reason,
        payment_id=payment_id,
        occurred_at=now,
    )
    uow.outbox.add(
        "points_earned",
        {
            "client_id": str(card.client_id),
            "card_id": str(card.id),
            "points": points,
            "type": tx_type,
            "payment_id": str(payment_id) if payment_id else None,
            "expires_on": lot.expires_on.isoformat(),
        },
    )
    return lot


def spend(
    uow: LoyaltyUnitOfWork,
    client_id: uuid.UUID,
    points: int,
    *,
    now: datetime,
    tx_type: str,
    card_id: uuid.UUID | None = None,
    reason: str | None = None,
    payment_id: uuid.UUID | None = None,
    refund_id: uuid.UUID | None = None,
    partial: bool = False,
    prefer_payment: uuid.UUID | None = None,
) -> int:
    """Take `points` from the client's live lots, soonest-expiring first; returns how many were taken.

    `prefer_payment` takes first from the lot that payment earned (a refund reverses its own
    points before touching others). Raises InsufficientPoints unless `partial`.
    """
    lots = uow.lots.for_client(client_id, for_update=True)
    today = now.date()
    taken: list[tuple[uuid.UUID, int]] = []
    left = points
    if prefer_payment is not None:
        own = [as_domain(lot) for lot in lots if lot.payment_id == prefer_payment]
        taken = lot_rules.take(own, min(left, lot_rules.balance(own, today)), today)
        left -= sum(amount for _, amount in taken)
    by_id = {lot.id: lot for lot in lots}
    remaining_view = [
        lot_rules.Lot(lot.id, lot.points_remaining - sum(a for i, a in taken if i == lot.id), lot.expires_on, lot.earned_at)
        for lot in lots
    ]
    try:
        taken += lot_rules.take(remaining_view, left, today, partial=partial)
    except lot_rules.NotEnoughPoints as error:
        raise InsufficientPoints(
            f"The client has {error.available + (points - left)} points; {points} cannot be taken",
            errors={"points": [f"at most {error.available + (points - left)} points can be taken"]},
        ) from error
    for lot_id, amount in taken:
        by_id[lot_id].points_remaining -= amount
    total = sum(amount for _, amount in taken)
    if total:
        card = card_id or by_id[taken[0][0]].card_id
        uow.transactions.add(
            client_id=client_id,
            card_id=card,
            type=tx_type,
            points=-total,
            reason=reason,
            payment_id=payment_id,
            refund_id=refund_id,
            occurred_at=now,
        )
        uow.outbox.add(
            "points_spent",
            {
                "client_id": str(client_id),
                "card_id": str(card),
                "points": total,
                "type": tx_type,
                "payment_id": str(payment_id) if payment_id else None,
            },
        )
    return total


def recompute_tier(uow: LoyaltyUnitOfWork, client_id: uuid.UUID, now: datetime, program: Program | None = None) -> str | None:
    """The tier by net spend over the rolling window; a change is stored and announced once.

    The tier row is locked before the spend is read, so two payments committing at once are
    both counted by whichever recomputes second (each statement sees what committed before it).
    """
    program = program or uow.programs.get()
    previous = uow.tiers.lock(client_id, now)
    since = tier_rules.window_start(now, program.tier_window_days)
    spend_minor = tier_rules.net_spend(uow.payments.spend_rows(client_id, since), since)
    tier = tier_rules.tier_for_spend(spend_minor, tier_rules_of(program))
    if tier != previous:
        uow.tiers.set(client_id, tier, now)
        uow.outbox.add("tier_changed", {"client_id": str(client_id), "from_tier": previous, "to_tier": tier})
    return tier
