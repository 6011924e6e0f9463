"""Loyalty's part of the client's timeline: points earned, spent and expired, gift card, membership and
credit-pack changes, newest first by (at, id)."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_kit import timeline
from clientcard_loyalty.db.models import CardTransaction, LoyaltyCard
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork

# the timeline's kind for each type of card a transaction belongs to
KIND_OF_CARD = {"loyalty": "points", "gift_card": "gift_card", "membership": "membership", "credit_pack": "credits"}
KINDS = tuple(KIND_OF_CARD.values())


def _sources(client_id, kinds: set[str]) -> list[timeline.Source]:
    # the card's number is looked up for the page's rows only, so each kind reads one range of the
    # (client_id, card_type, occurred_at, id) index
    number = sa.select(LoyaltyCard.number).where(LoyaltyCard.id == CardTransaction.card_id).scalar_subquery()
    data = sa.func.jsonb_build_object(
        "type",
        CardTransaction.type,
        "points",
        CardTransaction.points,
        "amount",
        CardTransaction.amount_minor,
        "currency",
        CardTransaction.currency,
        "credits",
        CardTransaction.credits,
        "card_id",
        CardTransaction.card_id,
        "number",
        number,
    )
    sources = []
    for card_type, kind in KIND_OF_CARD.items():
        if kind not in kinds:
            continue
        query = sa.select(CardTransaction.occurred_at.label("at"), CardTransaction.id.label("id"), data.label("data")).where(
            CardTransaction.client_id == client_id, CardTransaction.card_type == card_type
        )
        sources.append(timeline.Source(kind, query, CardTransaction.occurred_at, CardTransaction.id))
    return sources


def summarise(kind: str, data: dict) -> str:
    what = (data.get("type") or "change").replace("_", " ")
    if kind == "points" and data.get("points") is not None:
        points = data["points"]
        verb = "earned" if points > 0 else "spent"
        if data.get("type") == "expiry":
            verb = "expired"
        return f"{abs(points)} points {verb} ({what})"
    if kind == "gift_card" and data.get("amount") is not None:
        return f"Gift card {data.get('number')}: {what}, {data['amount'] / 100:.2f} {data.get('currency') or ''}".rstrip()
    if kind == "credits" and data.get("credits") is not None:
        return f"Session credits {data.get('number')}: {what}, {data['credits']:+d}"
    return f"{kind.replace('_', ' ').capitalize()} {data.get('number')}: {what}"


def timeline_page(
    uow: LoyaltyUnitOfWork,
    client_id: str,
    kinds: list[str] | None,
    before: list | None,
    since: str | None,
    until: str | None,
    limit: int,
) -> list[dict]:
    """Up to `limit` items older than `before`. Raises TimelineInvalid (422)."""
    want = timeline.window(before, since, until, limit)
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    client = timeline.client_uuid(client_id)
    with uow:
        return timeline.page(uow.session, _sources(client, wanted), want, summarise)
