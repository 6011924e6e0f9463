"""Membership freeze and cancellation."""

from __future__ import annotations

from datetime import datetime

from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import LoyaltyCard
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import memberships as rules
from clientcard_loyalty.exceptions import CardNotFound, MembershipInvalid
from clientcard_loyalty.use_cases import closed_clients
from clientcard_loyalty.use_cases.cards import parse_id
from clientcard_loyalty.use_cases.ledger import announce_card


def _membership(uow: LoyaltyUnitOfWork, card_id: str) -> LoyaltyCard:
    card = uow.cards.get(parse_id(card_id), for_update=True)
    if card is None or card.status == "deleted" or card.type != "membership":
        raise CardNotFound(f"No membership {card_id}")
    if card.status == "cancelled":
        raise MembershipInvalid("The membership is cancelled")
    closed_clients.refuse_closed(uow, card.client_id)
    return card


def freeze_membership(
    uow: LoyaltyUnitOfWork,
    card_id: str,
    freeze: dict,
    *,
    now: datetime,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Freeze from `from` to `until` (inclusive); the next payment moves back by the frozen days if it falls after the start.

    Answers the membership and `effect` {next_payment_on_before, next_payment_on_after, days}.
    Raises CardNotFound (404), MembershipInvalid (422: cancelled, starts in the past, ends
    before it starts, overlaps a freeze not yet over).
    """
    start, end, today = freeze["frozen_from"], freeze["frozen_until"], now.date()
    with uow:
        replay = uow.idempotency.replay(idempotency_key, "freeze_membership", request_hash)
        if replay is not None:
            return replay
        card = _membership(uow, card_id)
        if start < today:
            raise MembershipInvalid("A freeze cannot start in the past", errors={"from": ["is in the past"]})
        if card.frozen_until is not None and card.frozen_until >= today:
            raise MembershipInvalid(
                "The membership already has a freeze that is not over",
                errors={"from": [f"a freeze runs until {card.frozen_until.isoformat()}"]},
            )
        try:
            after = rules.next_payment_after_freeze(card.next_payment_on, start, end)
        except rules.FreezeInvalid as error:
            raise MembershipInvalid(str(error), errors={"until": [str(error)]}) from error
        before = card.next_payment_on
        card.frozen_from, card.frozen_until, card.next_payment_on = start, end, after
        days = (end - start).days + 1
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="frozen",
            occurred_at=now,
            reason=f"frozen {start.isoformat()}..{end.isoformat()}; next payment "
            f"{before.isoformat() if before else '-'} -> {after.isoformat() if after else '-'}",
        )
        announce_card(uow, card, "frozen")
        view = contracts.card_view(card, today=today)
        view["effect"] = {
            "next_payment_on_before": before.isoformat() if before else None,
            "next_payment_on_after": after.isoformat() if after else None,
            "days": days,
        }
        uow.idempotency.save(idempotency_key, "freeze_membership", request_hash, view)
        uow.commit()
        return view


def cancel_membership(uow: LoyaltyUnitOfWork, card_id: str, reason: str | None, *, now: datetime) -> dict:
    """Cancel: no next payment. Raises CardNotFound (404), MembershipInvalid (422: already cancelled)."""
    with uow:
        card = _membership(uow, card_id)
        card.status, card.next_payment_on = "cancelled", None
        uow.transactions.add(client_id=card.client_id, card_id=card.id, type="cancelled", reason=reason, occurred_at=now)
        announce_card(uow, card, "cancelled")
        uow.commit()
        return contracts.card_view(card, today=now.date())


def renew_membership(
    uow: LoyaltyUnitOfWork,
    card_id: str,
    reason: str | None,
    *,
    now: datetime,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """A period was paid: the next payment moves one period (`period_months`) on from where it was.

    Send an `Idempotency-Key`: a retried renewal must not move the date twice. Raises
    CardNotFound (404), MembershipInvalid (422: cancelled, no next payment date), IdempotencyKeyReused (409).
    """
    with uow:
        replay = uow.idempotency.replay(idempotency_key, "renew_membership", request_hash)
        if replay is not None:
            return replay
        card = _membership(uow, card_id)
        if card.next_payment_on is None:
            raise MembershipInvalid("The membership has no next payment date to move on")
        before = card.next_payment_on
        try:
            card.next_payment_on = rules.add_months(before, card.period_months or 1)
        except ValueError as error:  # year 10000: the calendar ends first
            raise MembershipInvalid(
                "The next payment would fall past the end of the calendar",
                errors={"next_payment_on": ["cannot move one more period on"]},
            ) from error
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="renewed",
            occurred_at=now,
            amount_minor=card.price_minor,
            currency=card.currency,
            reason=reason or f"period from {before.isoformat()} paid",
        )
        announce_card(uow, card, "renewed")
        view = contracts.card_view(card, today=now.date())
        uow.idempotency.save(idempotency_key, "renew_membership", request_hash, view)
        uow.commit()
        return view


def end_freeze(uow: LoyaltyUnitOfWork, card_id: str, *, now: datetime) -> dict:
    """End the membership's freeze today; the next payment comes forward by the days not taken.

    Raises CardNotFound (404), MembershipInvalid (422: no freeze, or it is over).
    """
    today = now.date()
    with uow:
        card = _membership(uow, card_id)
        if card.frozen_from is None or card.frozen_until is None:
            raise MembershipInvalid("The membership has no freeze")
        try:
            after, start, end = rules.end_freeze_early(card.next_payment_on, card.frozen_from, card.frozen_until, today)
        except rules.FreezeInvalid as error:
            raise MembershipInvalid(str(error)) from error
        before = card.next_payment_on
        card.next_payment_on, card.frozen_from, card.frozen_until = after, start, end
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="unfrozen",
            occurred_at=now,
            reason=f"freeze ended early; next payment {before.isoformat() if before else '-'} -> "
            f"{after.isoformat() if after else '-'}",
        )
        announce_card(uow, card, "unfrozen")
        uow.commit()
        return contracts.card_view(card, today=today)
