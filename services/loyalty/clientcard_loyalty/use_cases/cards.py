"""Issuing, reading and deleting cards of every kind: loyalty, gift card, membership, credit pack."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from clientcard_kit import ids
from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import LoyaltyCard
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import credits as credit_rules
from clientcard_loyalty.exceptions import CardConflict, CardInvalid, CardNotFound
from clientcard_loyalty.use_cases import closed_clients, invoices
from clientcard_loyalty.use_cases.ledger import announce_card, new_number, take_over_lots

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: codes are read out at the till


def parse_id(value: str, what: str = "card") -> uuid.UUID:
    return ids.parse_id(value, what=what, not_found=CardNotFound)


def issue_card(
    uow: LoyaltyUnitOfWork,
    client_id: str,
    new_card: dict,
    *,
    now: datetime,
    currency: str | None = None,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Issue a card of `type` to the client.

    A new loyalty card takes over the points of the client's deleted ones; a new credit pack
    takes what expired packs of the same service roll over; a gift card with an `invoice_id`
    stays `pending_payment` (not spendable) until billing reports that invoice paid. Raises CardInvalid (422: missing
    or bad fields, money not in `currency`, a second active loyalty card), CardConflict (409: number or code taken),
    IdempotencyKeyReused (409).
    """
    _refuse_foreign_money(new_card, currency)
    client = parse_id(client_id, "client")
    with uow:
        replay = uow.idempotency.replay(idempotency_key, "issue_card", request_hash)
        if replay is not None:
            return replay
        closed_clients.refuse_closed(uow, client)
        card = LoyaltyCard(
            id=uuid.uuid4(),
            client_id=client,
            type=new_card["type"],
            status="active",
            holder_name=new_card["holder_name"],
            created_at=now,
        )
        card.number = _number(uow, new_card, card.type)
        issue = {"loyalty": _loyalty, "gift_card": _gift_card, "membership": _membership, "credit_pack": _credit_pack}
        issue[card.type](uow, card, new_card, now)
        announce_card(uow, card, "issued")
        answer = contracts.card_view(card, today=now.date())
        uow.idempotency.save(idempotency_key, "issue_card", request_hash, answer)
        uow.commit()
        return answer


def _refuse_foreign_money(args: dict, currency: str | None) -> None:
    """A gift card's value and a membership's price are in the chain's currency (422 otherwise)."""
    foreign = {
        field: [f"must be in {currency}"]
        for field in ("initial_value", "price")
        if currency and args.get(field) and args[field]["currency"] != currency
    }
    if foreign:
        raise CardInvalid(f"Amounts are in the chain's currency, {currency}", errors=foreign)


def _number(uow: LoyaltyUnitOfWork, args: dict, kind: str) -> str:
    if kind == "gift_card":
        code = (args["code"] or "").strip().upper() or "-".join(
            "".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(4)
        )
        if uow.cards.number_taken(code) or uow.cards.by_code(code) is not None:
            raise CardConflict(f"Gift card code {code} is taken", errors={"code": ["already in use"]})
        args["code"] = code
        return code
    if args["number"]:
        if uow.cards.number_taken(args["number"]):
            raise CardConflict(f"Card number {args['number']} is taken", errors={"number": ["already in use"]})
        return args["number"]
    return new_number(uow, {"loyalty": "L", "membership": "M", "credit_pack": "C"}[kind])


def _loyalty(uow: LoyaltyUnitOfWork, card: LoyaltyCard, args: dict, now: datetime) -> None:
    second = CardInvalid(
        "The client already has an active loyalty card; delete it first to replace it",
        errors={"type": ["the client already has an active loyalty card"]},
    )
    if uow.cards.active_loyalty_card(card.client_id) is not None:
        raise second
    try:
        with uow.session.begin_nested():  # a payment's first points may issue one between the check and here
            uow.cards.add(card)
    except IntegrityError as error:
        if getattr(getattr(error.orig, "diag", None), "constraint_name", None) == "uq_loyalty_cards_one_active":
            raise second from error
        raise
    moved = take_over_lots(uow, card)
    uow.transactions.add(
        client_id=card.client_id,
        card_id=card.id,
        type="issued",
        points=moved or None,
        reason="points of earlier cards carried over" if moved else None,
        occurred_at=now,
    )


def _gift_card(uow: LoyaltyUnitOfWork, card: LoyaltyCard, args: dict, now: datetime) -> None:
    value = args["initial_value"]
    if args["expires_on"] is not None and args["expires_on"] < now.date():
        raise CardInvalid("A gift card cannot expire in the past", errors={"expires_on": ["is in the past"]})
    card.code, card.currency = args["code"], value["currency"]
    card.expires_on, card.invoice_id = args["expires_on"], args["invoice_id"]
    card.initial_minor = card.remaining_minor = value["amount"]
    card.status = invoices.status_for_sold_card(uow, card.invoice_id)
    uow.cards.add(card)
    uow.transactions.add(
        client_id=card.client_id,
        card_id=card.id,
        type="issued",
        amount_minor=value["amount"],
        currency=value["currency"],
        reason="sold" if args["invoice_id"] else None,
        occurred_at=now,
    )


def _membership(uow: LoyaltyUnitOfWork, card: LoyaltyCard, args: dict, now: datetime) -> None:
    price = args["price"]
    card.plan, card.period_months, card.next_payment_on = args["plan"], args["period_months"], args["next_payment_on"]
    if price:
        card.price_minor, card.currency = price["amount"], price["currency"]
    uow.cards.add(card)
    uow.transactions.add(client_id=card.client_id, card_id=card.id, type="issued", reason=f"plan {card.plan}", occurred_at=now)


def _credit_pack(uow: LoyaltyUnitOfWork, card: LoyaltyCard, args: dict, now: datetime) -> None:
    if args["expires_on"] is not None and args["expires_on"] < now.date():
        raise CardInvalid("A credit pack cannot expire in the past", errors={"expires_on": ["is in the past"]})
    card.service, card.expires_on, card.rollover, card.shareable = (
        args["service"],
        args["expires_on"],
        args["rollover"],
        args["shareable"],
    )
    card.credits_total = card.credits_remaining = args["credits"]
    uow.cards.add(card)
    uow.transactions.add(client_id=card.client_id, card_id=card.id, type="issued", credits=args["credits"], occurred_at=now)
    for old in uow.cards.credit_packs(card.client_id, card.service):
        lapsed = old.id != card.id and old.expires_on is not None and old.expires_on < now.date()
        if not lapsed or not old.credits_remaining:
            continue
        carried = credit_rules.rolled_over(old.credits_remaining, old.rollover or "none")
        uow.transactions.add(
            client_id=old.client_id,
            card_id=old.id,
            type="lapsed",
            credits=-old.credits_remaining,
            reason=f"{carried} rolled over to pack {card.number}",
            occurred_at=now,
        )
        old.credits_remaining, old.status = 0, "closed"
        announce_card(uow, old, "closed")
        if carried:
            card.credits_total += carried
            card.credits_remaining += carried
            uow.transactions.add(
                client_id=card.client_id,
                card_id=card.id,
                type="rollover",
                credits=carried,
                reason=f"rolled over from pack {old.number}",
                occurred_at=now,
            )


def get_card(uow: LoyaltyUnitOfWork, card_id: str, *, now: datetime) -> dict:
    """One card with its whole transaction history (newest first). Raises CardNotFound (404)."""
    with uow:
        card = uow.cards.get(parse_id(card_id))
        if card is None:
            raise CardNotFound(f"No card {card_id}")
        points = None
        if card.type == "loyalty":
            today = now.date()
            points = sum(
                lot.points_remaining
                for lot in uow.lots.for_client(card.client_id)
                if lot.card_id == card.id and lot.expires_on > today
            )
        view = contracts.card_view(card, today=now.date(), points=points)
        view["transactions"] = [contracts.transaction_view(tx) for tx in uow.transactions.for_card(card.id, limit=1000)]
        return view


def delete_card(uow: LoyaltyUnitOfWork, card_id: str, *, now: datetime) -> None:
    """Delete a card; its history stays. A loyalty card's points stay with the client for the next card.

    Raises CardNotFound (404, also when already deleted), CardConflict (409: a gift card with a
    payment hold still open).
    """
    with uow:
        card = uow.cards.get(parse_id(card_id), for_update=True)
        if card is None or card.status == "deleted":
            raise CardNotFound(f"No card {card_id}")
        if card.type == "gift_card" and any(h.status == "held" for h in uow.holds.for_card(card.id)):
            raise CardConflict("A payment is holding value on this gift card; try again when it settles")
        card.status, card.deleted_at = "deleted", now
        uow.transactions.add(
            client_id=card.client_id,
            card_id=card.id,
            type="deleted",
            occurred_at=now,
            amount_minor=-card.remaining_minor if card.type == "gift_card" and card.remaining_minor else None,
            currency=card.currency if card.type == "gift_card" else None,
            credits=-card.credits_remaining if card.type == "credit_pack" and card.credits_remaining else None,
        )
        announce_card(uow, card, "deleted")
        uow.commit()
