"""Cards on file: provider tokens with brand, last four digits and expiry; a card number is refused."""

from __future__ import annotations

import uuid

from clientcard_billing import contracts
from clientcard_billing.db.models import CardOnFile
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain.cards import expired, looks_like_card_number
from clientcard_billing.exceptions import BillingInvalid, CardNotFound
from clientcard_billing.use_cases.support import BillingContext, idempotent_start, parse_uuid, require_account

OPERATION = "add_card"


def add_card(
    uow: BillingUnitOfWork,
    client_id: str,
    new_card: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Keep a provider's card token. Raises BillingInvalid (422: a card number anywhere, or expired),
    ClientAccountNotFound (404), IdempotencyKeyReused (409)."""
    numbers = [field for field in ("token", "brand") if looks_like_card_number(new_card[field])]
    if numbers:
        raise BillingInvalid(
            "Send the provider's token, never a card number", errors={field: ["looks like a card number"] for field in numbers}
        )
    if expired(new_card["exp_month"], new_card["exp_year"], today_year=ctx.now.year, today_month=ctx.now.month):
        raise BillingInvalid("The card has expired", errors={"exp_year": ["the card has expired"]})
    client_uuid = parse_uuid(client_id)
    with uow:
        replayed = idempotent_start(uow, idempotency_key, OPERATION, request_hash)
        if replayed is not None:
            return replayed
        require_account(uow, client_uuid, ctx)
        card = uow.cards.add(CardOnFile(id=uuid.uuid4(), client_id=client_uuid, created_at=ctx.now, **new_card))
        result = contracts.card_view(card)
        uow.idempotency.save(idempotency_key, OPERATION, request_hash, result)
        uow.commit()
    return result


def get_card(uow: BillingUnitOfWork, card_id: str) -> dict:
    """One card on file. Raises CardNotFound (404)."""
    with uow:
        card = uow.cards.get(parse_uuid(card_id, CardNotFound, "card"))
        if card is None:
            raise CardNotFound(f"No card {card_id}")
        return contracts.card_view(card)


def list_cards(uow: BillingUnitOfWork, client_id: str) -> dict:
    with uow:
        return {"items": [contracts.card_view(card) for card in uow.cards.for_client(parse_uuid(client_id))], "next_cursor": None}


def delete_card(
    uow: BillingUnitOfWork, card_id: str, *, idempotency_key: str | None = None, request_hash: str | None = None
) -> dict:
    """Forget a card on file; a replay with the same key answers as the first did.

    Raises CardNotFound (404), IdempotencyKeyReused (409)."""
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "delete_card", request_hash)
        if replayed is not None:
            return replayed
        card = uow.cards.get(parse_uuid(card_id, CardNotFound, "card"))
        if card is None:
            raise CardNotFound(f"No card {card_id}")
        uow.cards.delete(card)
        result = {"deleted": str(card.id)}
        uow.idempotency.save(idempotency_key, "delete_card", request_hash, result)
        uow.commit()
    return result
