"""Manual accrue, write-off and redemption of points on a loyalty card."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_kit.ids import parse_id
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.exceptions import CardInvalid, CardNotFound
from clientcard_loyalty.use_cases import closed_clients, ledger
from clientcard_loyalty.use_cases.card import client_points


def adjust_points(
    uow: LoyaltyUnitOfWork,
    card_id: str,
    adjustment: dict,
    *,
    now: datetime,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Add (positive) or take (negative) points with a reason; answers the client's points and tier.

    A positive change is a new lot on this card, expiring like earned points; a negative one
    takes soonest-expiring lots first. Raises CardNotFound (404), CardInvalid (422: not an
    active loyalty card, zero points), InsufficientPoints (422: a write-off beyond the balance),
    IdempotencyKeyReused (409).
    """
    with uow:
        replay = uow.idempotency.replay(idempotency_key, "adjust_points", request_hash)
        if replay is not None:
            return replay
        card = uow.cards.get(_uuid(card_id), for_update=True)
        if card is None or card.status == "deleted":
            raise CardNotFound(f"No loyalty card {card_id}")
        closed_clients.refuse_closed(uow, card.client_id)
        if card.type != "loyalty":
            raise CardInvalid(f"Card {card_id} is a {card.type}, not a loyalty card", errors={"card_id": ["not a loyalty card"]})
        if card.status != "active":
            # a card closed by a merge now belongs to the survivor's history; points go on the active card
            raise CardInvalid(f"Card {card_id} is {card.status}, not active", errors={"card_id": ["not an active card"]})
        if adjustment["points"] == 0:
            raise CardInvalid("A change of zero points changes nothing", errors={"points": ["must not be zero"]})
        program = uow.programs.get()
        if adjustment["points"] > 0:
            if adjustment["type"] == "redemption":
                raise CardInvalid("A redemption takes points", errors={"points": ["must be negative for a redemption"]})
            ledger.earn(
                uow,
                card,
                adjustment["points"],
                now=now,
                expiry_days=program.expiry_days,
                tx_type="accrual",
                reason=adjustment["reason"],
            )
        else:
            tx_type = "redemption" if adjustment["type"] == "redemption" else "write_off"
            ledger.spend(
                uow, card.client_id, -adjustment["points"], now=now, tx_type=tx_type, card_id=card.id, reason=adjustment["reason"]
            )
        ledger.recompute_tier(uow, card.client_id, now, program)
        uow.flush()
        answer = client_points(uow, card.client_id, now)
        uow.idempotency.save(idempotency_key, "adjust_points", request_hash, answer)
        uow.commit()
        return answer


def _uuid(value: str) -> uuid.UUID:
    return parse_id(value, what="card", not_found=CardNotFound)
