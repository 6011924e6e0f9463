"""Session credits: used, given back or corrected, by the holder or a linked family member."""

from __future__ import annotations

from datetime import datetime

from clientcard_loyalty import contracts
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import credits as rules
from clientcard_loyalty.exceptions import CardNotFound, CreditsInvalid
from clientcard_loyalty.use_cases import closed_clients
from clientcard_loyalty.use_cases.cards import parse_id
from clientcard_loyalty.use_cases.ledger import announce_card


def needs_link_check(adjustment: dict) -> str | None:
    """The client id whose family link must be checked before `adjust_credits`, if any."""
    value = adjustment["used_by_client_id"]
    return str(value) if value else None


def shareable_pack_holder(uow: LoyaltyUnitOfWork, card_id: str) -> str | None:
    """The client holding a shareable credit pack; None if there is no such pack (no link to check)."""
    with uow:
        card = uow.cards.get(parse_id(card_id))
        return str(card.client_id) if card is not None and card.type == "credit_pack" and card.shareable else None


def adjust_credits(
    uow: LoyaltyUnitOfWork,
    card_id: str,
    adjustment: dict,
    *,
    now: datetime,
    linked_client_ids: set[str] | None = None,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Change a pack's credits by a signed number with a reason (a session used is -1).

    `used_by_client_id` names a linked family member who used the credits: the pack must be
    shareable and the member among `linked_client_ids` (from profile). Raises CardNotFound
    (404), CreditsInvalid (422: zero change, below zero, expired or closed pack, not shareable,
    not a linked member), IdempotencyKeyReused (409).
    """
    with uow:
        replay = uow.idempotency.replay(idempotency_key, "adjust_credits", request_hash)
        if replay is not None:
            return replay
        card = uow.cards.get(parse_id(card_id), for_update=True)
        if card is None or card.status == "deleted" or card.type != "credit_pack":
            raise CardNotFound(f"No credit pack {card_id}")
        closed_clients.refuse_closed(uow, card.client_id)
        if card.status != "active" or (
            card.expires_on is not None and card.expires_on < now.date() and adjustment["credits"] < 0
        ):
            raise CreditsInvalid("The pack is closed or expired", errors={"credits": ["the pack is closed or expired"]})
        user = adjustment["used_by_client_id"]
        if user is not None and user != card.client_id:
            if not card.shareable:
                raise CreditsInvalid("This pack is not shareable", errors={"used_by_client_id": ["the pack is not shareable"]})
            if str(user) not in (linked_client_ids or set()):
                raise CreditsInvalid(
                    "Only linked family members may use this pack",
                    errors={"used_by_client_id": ["not linked to the pack's holder"]},
                )
        try:
            card.credits_remaining = rules.adjusted(card.credits_remaining, adjustment["credits"])
        except rules.CreditsInvalid as error:
            raise CreditsInvalid(str(error), errors={"credits": [str(error)]}) from error
        if card.credits_remaining > card.credits_total:
            card.credits_total = card.credits_remaining
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="credits_adjusted",
            credits=adjustment["credits"],
            reason=adjustment["reason"],
            related_client_id=user if user != card.client_id else None,
            occurred_at=now,
        )
        announce_card(uow, card, "adjusted")
        view = contracts.card_view(card, today=now.date())
        uow.idempotency.save(idempotency_key, "adjust_credits", request_hash, view)
        uow.commit()
        return view
