"""Gift cards as a payment method: billing holds value, then confirms or releases it.

A hold takes the value off the card at once, so two tills cannot spend the same balance;
confirm makes it final, release gives it back, and a hold neither confirmed nor released
within 15 minutes is released by the timer. Every call is idempotent.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from clientcard_kit.ids import parse_id_or_none
from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import GiftCardHold, LoyaltyCard
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import gift_cards as rules
from clientcard_loyalty.exceptions import (
    GiftCardHoldConflict,
    GiftCardHoldLapsed,
    GiftCardHoldNotFound,
    GiftCardInsufficient,
    GiftCardNotFound,
)
from clientcard_loyalty.use_cases.ledger import announce_card

BATCH = 200
# every code is issued through this shape (contracts.CardCreate), so anything else names no card;
# checked before the query, because a NUL byte or the like is a database error, not a 404
CODE_SHAPE = re.compile(r"[A-Za-z0-9-]{1,50}")


def _card_by_code(uow: LoyaltyUnitOfWork, code: str, *, for_update: bool = False) -> LoyaltyCard | None:
    code = str(code or "").strip()
    if not CODE_SHAPE.fullmatch(code):
        return None
    return uow.cards.by_code(code, for_update=for_update)


def _redeemable_card(uow: LoyaltyUnitOfWork, code: str) -> LoyaltyCard:
    card = _card_by_code(uow, code, for_update=True)
    if card is None or card.status == "deleted":
        raise GiftCardNotFound(f"No gift card with code {code}")
    return card


def _check(card: LoyaltyCard, amount_minor: int, currency: str, now: datetime) -> None:
    try:
        rules.check_redeemable(
            remaining=card.remaining_minor,
            currency=card.currency,
            expires_on=card.expires_on,
            status=card.status,
            amount=amount_minor,
            amount_currency=currency,
            today=now.date(),
        )
    except rules.GiftCardRefused as error:
        raise GiftCardInsufficient(str(error), errors={"amount": [str(error)]}) from error


def hold_gift_card(uow: LoyaltyUnitOfWork, code: str, amount_minor: int, currency: str, hold_key: str, *, now: datetime) -> dict:
    """Reserve `amount_minor` on the card; the same `hold_key` answers the same hold.

    Returns `{hold_id, remaining_minor}` (what is left after the hold). Raises GiftCardNotFound
    (404), GiftCardInsufficient (422: too little value, expired, other currency, amount <= 0),
    GiftCardHoldConflict (409: the key already holds another card or amount).
    """
    with uow:
        card = _redeemable_card(uow, code)  # locked: holds on one card queue up here
        existing = uow.holds.by_key(str(hold_key))
        if existing is not None:
            # a key names one hold: on another card or for another amount it is not a retry
            if existing.card_id != card.id or existing.amount_minor != int(amount_minor) or existing.currency != currency:
                raise GiftCardHoldConflict(
                    f"Hold key {hold_key} was used for another hold",
                    errors={"hold_key": ["already used for another card or amount"]},
                )
            return contracts.gift_card_hold_taken(existing, card)
        _check(card, int(amount_minor), currency, now)
        card.remaining_minor -= int(amount_minor)
        hold = uow.holds.add(
            GiftCardHold(
                id=uuid.uuid4(),
                hold_key=str(hold_key),
                card_id=card.id,
                amount_minor=int(amount_minor),
                currency=currency,
                status="held",
                created_at=now,
            )
        )
        announce_card(uow, card, "held")
        uow.commit()
        return contracts.gift_card_hold_taken(hold, card)


def _hold(uow: LoyaltyUnitOfWork, hold_id: str) -> GiftCardHold:
    hold_uuid = parse_id_or_none(hold_id)
    hold = uow.holds.get(hold_uuid) if hold_uuid else None
    if hold is None:
        raise GiftCardHoldNotFound(f"No gift card hold {hold_id}")
    return hold


def confirm_gift_card_hold(uow: LoyaltyUnitOfWork, hold_id: str, *, now: datetime, payment_id: str | None = None) -> dict:
    """Make the hold final: the value is spent, and shows in the card's history.

    Confirming twice is harmless. A hold the timer already released is taken again if the card
    still covers it. Raises GiftCardHoldNotFound (404), GiftCardHoldLapsed (409: released and
    the value is no longer there).
    """
    with uow:
        hold = _hold(uow, hold_id)
        card = uow.cards.get(hold.card_id, for_update=True)
        if hold.status == "released":
            try:
                _check(card, hold.amount_minor, hold.currency, now)
            except GiftCardInsufficient as error:
                raise GiftCardHoldLapsed(f"The hold was released and {error.detail}") from error
            card.remaining_minor -= hold.amount_minor
            hold.status = "held"
        if hold.status == "held":
            hold.status, hold.settled_at = "confirmed", now
            hold.payment_id = uuid.UUID(str(payment_id)) if payment_id else None
            uow.transactions.add(
                client_id=card.client_id,
                card_id=card.id,
                type="redemption",
                amount_minor=-hold.amount_minor,
                currency=hold.currency,
                payment_id=hold.payment_id,
                reason="paid with the gift card",
                occurred_at=now,
            )
            announce_card(uow, card, "confirmed")
        uow.commit()
        return contracts.gift_card_hold_view(hold, card)


def release_gift_card_hold(uow: LoyaltyUnitOfWork, hold_id: str, *, now: datetime, reason: str = "payment not completed") -> dict:
    """Give the held value back to the card. Releasing twice is harmless.

    A confirmed hold is given back too (billing releases only a payment it did not keep), with a
    `redemption_reversed` entry in the history. Raises GiftCardHoldNotFound (404).
    """
    with uow:
        hold = _hold(uow, hold_id)
        card = uow.cards.get(hold.card_id, for_update=True)
        _give_back(uow, hold, card, now, reason)
        uow.commit()
        return contracts.gift_card_hold_view(hold, card)


def _give_back(uow: LoyaltyUnitOfWork, hold: GiftCardHold, card: LoyaltyCard, now: datetime, reason: str) -> None:
    if hold.status == "released":
        return
    if hold.status == "confirmed":
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="redemption_reversed",
            amount_minor=hold.amount_minor - hold.refunded_minor,
            currency=hold.currency,
            payment_id=hold.payment_id,
            reason=reason,
            occurred_at=now,
        )
    card.remaining_minor += hold.amount_minor - hold.refunded_minor
    hold.status, hold.settled_at = "released", now
    announce_card(uow, card, "released")


def release_lapsed_holds(uow: LoyaltyUnitOfWork, *, now: datetime) -> int:
    """Release every hold left unconfirmed for the hold TTL; returns how many."""
    with uow:
        holds = uow.holds.open_older_than(now - rules.HOLD_TTL, BATCH)
        for hold in holds:
            _give_back(uow, hold, uow.cards.get(hold.card_id, for_update=True), now, "not confirmed in time")
        uow.commit()
        return len(holds)


class HoldNotYetConfirmed(Exception):
    """A refund arrived before billing confirmed the payment's hold; parked and retried."""


def refund_to_gift_card(
    uow: LoyaltyUnitOfWork,
    payment_id: uuid.UUID,
    amount_minor: int,
    refund_id: uuid.UUID,
    now: datetime,
    *,
    hold_id: uuid.UUID | None = None,
) -> int:
    """Inside a refund's transaction: put a refunded gift-card payment back on its card; returns the amount.

    Raises HoldNotYetConfirmed while the payment's hold still waits for billing's confirm: the
    confirm would take the whole value after the refund, so the refund waits (parked) for it.
    """
    if uow.holds.open_for_payment(payment_id, hold_id):
        raise HoldNotYetConfirmed(f"refund {refund_id}: the gift-card hold of payment {payment_id} is not confirmed yet")
    restored = 0
    for hold in uow.holds.confirmed_for_payment(payment_id, hold_id):
        amount = min(amount_minor - restored, hold.amount_minor - hold.refunded_minor)
        if amount <= 0:
            continue
        card = uow.cards.get(hold.card_id, for_update=True)
        card.remaining_minor += amount
        hold.refunded_minor += amount
        restored += amount
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="refund",
            amount_minor=amount,
            currency=hold.currency,
            payment_id=payment_id,
            refund_id=refund_id,
            reason="refund to the gift card",
            occurred_at=now,
        )
        announce_card(uow, card, "refunded")
    return restored


def gift_card_balance(uow: LoyaltyUnitOfWork, code: str, *, now: datetime) -> dict:
    """The gift card behind a code, with its remaining value. Raises GiftCardNotFound (404)."""
    with uow:
        card = _card_by_code(uow, code)
        if card is None or card.status == "deleted":
            raise GiftCardNotFound(f"No gift card with code {code}")
        return contracts.card_view(card, today=now.date())
