"""Points, gift cards, memberships and credit packs brought by profile's imports: checked, then posted once.

Profile asks `validate_import_rows` before it accepts a file, then sends the accepted rows in
`import_batch_accepted` events. Each part is keyed by `import:<external_id>:<part>`: a
redelivered batch, a rerun of the file or a restart halfway posts nothing twice. Points are one
lot with its expiry on the client's loyalty card; the cards are cards of their own. Events are
flagged `imported`: webhooks and notices skip them, the card's cache still refreshes.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa

from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import CardTransaction, LoyaltyCard, PointLot
from clientcard_loyalty.db.repositories import ImportedPartRepository
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import lots as lot_rules
from clientcard_loyalty.use_cases.ledger import take_over_lots

HANDLER = "post_imported_parts"
PARTS = ("points", "gift_card", "membership", "credits")
EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3}


def posting_key(external_id: str, part: str) -> str:
    return f"import:{external_id}:{part}"


def _minor(amount: str, currency: str) -> int:
    try:
        minor = Decimal(str(amount)).scaleb(EXPONENTS.get(currency, 2))
    except InvalidOperation as error:
        raise ValueError("not a decimal amount") from error
    if not minor.is_finite() or minor != minor.to_integral_value() or minor <= 0 or minor >= 10**13:
        raise ValueError(f"must be a positive {currency} amount with at most {EXPONENTS.get(currency, 2)} decimal places")
    return int(minor)


def validate_import_rows(uow: LoyaltyUnitOfWork, rows: list[dict], *, currency: str, today: date) -> dict:
    """`{rows: [{row, parts, errors}]}`: the loyalty parts as they will be posted, or errors by column.

    A gift card code another card holds is an error, unless this very import row brought that card before.
    """
    with uow:
        repo = uow.imported_parts
        codes = [(r.get("parts") or {}).get("gift_card", {}).get("code") for r in rows]
        taken = repo.taken([code for code in codes if code])
        ours = repo.posted([posting_key(r["external_id"], "gift_card") for r in rows if r.get("external_id")])
        own_cards = {p.card_id for p in ours.values()}
        own_codes = (
            set(uow.session.scalars(sa.select(LoyaltyCard.code).where(LoyaltyCard.id.in_(own_cards)))) if own_cards else set()
        )
        checked = [_check_row(row, currency, today, taken - own_codes) for row in rows]
    return {"currency": currency, "rows": checked}


def _check_row(row: dict, currency: str, today: date, taken: set[str]) -> dict:
    given = row.get("parts") or {}
    parts, errors = {}, {}

    def bad(column: str, message: str) -> None:
        errors.setdefault(column, []).append(message)

    if "points" in given:
        expires = given["points"].get("expires_on")
        if expires and date.fromisoformat(expires) <= today:
            bad("points_expire_on", "is not in the future (these points would be expired already)")
        parts["points"] = {"points": int(given["points"]["points"]), "expires_on": expires}
    if "gift_card" in given:
        card = given["gift_card"]
        if card.get("code") in taken:
            bad("gift_card_code", f"gift card code {card['code']} is already in use")
        if card.get("expires_on") and date.fromisoformat(card["expires_on"]) < today:
            bad("gift_card_expires_on", "is in the past")
        try:
            value = _minor(card.get("balance"), currency) if card.get("balance") else None
        except ValueError as error:
            bad("gift_card_balance", str(error))
            value = None
        parts["gift_card"] = {
            "code": card.get("code"),
            "balance_minor": value,
            "currency": currency,
            "expires_on": card.get("expires_on"),
        }
    if "membership" in given:
        parts["membership"] = dict(given["membership"])
    if "credits" in given:
        parts["credits"] = dict(given["credits"])
    return {"row": row.get("row"), "parts": parts, "errors": errors}


def post_imported_parts(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> int:
    """Post the batch's loyalty parts not posted before; link them all to the import. Returns how many were posted."""
    import_id = uuid.UUID(event["import_id"])
    wanted = [(row, part) for row in event["rows"] for part in PARTS if (row.get("parts") or {}).get(part)]
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=HANDLER):
            return 0
        repo = uow.imported_parts
        keys = [posting_key(row["external_id"], part) for row, part in wanted]
        posted = set(repo.posted(keys))
        todo = []
        for (row, part), key in zip(wanted, keys, strict=True):
            if key not in posted:
                posted.add(key)
                todo.append((uuid.UUID(row["client_id"]), part, row["parts"][part], key))
        program = uow.programs.get()
        poster = _Poster(uow, repo, now, program.expiry_days)
        poster.post(todo)
        repo.link(import_id, list(dict.fromkeys(keys)))
        uow.commit()
        return len(todo)


class _Poster:
    def __init__(self, uow: LoyaltyUnitOfWork, repo: ImportedPartRepository, now: datetime, expiry_days: int):
        self.uow, self.repo, self.now, self.expiry_days = uow, repo, now, expiry_days
        self.records: list[dict] = []
        self.events: list[tuple[str, dict]] = []
        self.lots: list[dict] = []
        self.point_transactions: list[dict] = []

    def post(self, todo: list[tuple[uuid.UUID, str, dict, str]]) -> None:
        point_clients = [client for client, part, _, _ in todo if part == "points"]
        cards = self._loyalty_cards(point_clients)
        for client_id, part, value, key in todo:
            record = {"key": key, "client_id": client_id, "part": part, "lot_id": None, "card_id": None}
            if part == "points":
                record["lot_id"] = self._points(cards[client_id], value)
            else:
                record["card_id"] = self._card(client_id, part, value)
            self.records.append(record)
        self.uow.session.flush()
        if self.lots:  # Core rows, batched by RETURNING: thousands of ORM objects would cost seconds to flush
            self.uow.session.execute(sa.insert(PointLot.__table__).returning(PointLot.id), self.lots)
            self.uow.session.execute(sa.insert(CardTransaction.__table__).returning(CardTransaction.id), self.point_transactions)
        self.repo.add(self.records)
        self.uow.outbox.add_many(self.events)

    def _loyalty_cards(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, LoyaltyCard]:
        """Each client's active loyalty card; issued now for those without one (carrying earlier cards' lots)."""
        client_ids = list(dict.fromkeys(client_ids))
        if not client_ids:
            return {}
        cards = self.repo.active_loyalty_cards(client_ids)
        missing = [client for client in client_ids if client not in cards]
        with_lots = self.repo.clients_with_lots(missing) if missing else set()
        for client_id, number in zip(missing, self._numbers("L", len(missing)), strict=True):
            card = LoyaltyCard(
                id=uuid.uuid4(), client_id=client_id, type="loyalty", number=number, created_at=self.now, status="active"
            )
            self.uow.session.add(card)
            cards[client_id] = card
            self._announce(card)
        self.uow.session.flush()  # the cards first: lots and transactions name them (no ORM relationship orders it)
        if with_lots:
            for client_id in with_lots:
                take_over_lots(self.uow, cards[client_id])
        return cards

    def _numbers(self, prefix: str, count: int) -> list[str]:
        """`count` new card numbers: ten random digits each, clashes (rare) checked in one query and redrawn."""
        numbers: list[str] = []
        while len(numbers) < count:
            drawn = list({prefix + "".join(secrets.choice("0123456789") for _ in range(10)) for _ in range(count - len(numbers))})
            taken = self.repo.taken(drawn)
            numbers += [number for number in drawn if number not in taken and number not in numbers]
        return numbers

    def _number(self, prefix: str) -> str:
        return self._numbers(prefix, 1)[0]

    def _points(self, card: LoyaltyCard, value: dict) -> uuid.UUID:
        expires = (
            date.fromisoformat(value["expires_on"])
            if value.get("expires_on")
            else lot_rules.expiry_date(self.now, self.expiry_days)
        )
        lot_id = uuid.uuid4()
        self.lots.append(
            {
                "id": lot_id,
                "client_id": card.client_id,
                "card_id": card.id,
                "payment_id": None,
                "points_earned": value["points"],
                "points_remaining": value["points"],
                "earned_at": self.now,
                "expires_on": expires,
            }
        )
        self.point_transactions.append(
            {
                "id": uuid.uuid4(),
                "client_id": card.client_id,
                "card_id": card.id,
                "type": "accrual",
                "points": value["points"],
                "amount_minor": None,
                "currency": None,
                "credits": None,
                "reason": "opening points (import)",
                "payment_id": None,
                "refund_id": None,
                "related_client_id": None,
                "occurred_at": self.now,
            }
        )
        self.events.append(
            (
                "points_earned",
                {
                    "client_id": str(card.client_id),
                    "card_id": str(card.id),
                    "points": value["points"],
                    "type": "import",
                    "payment_id": None,
                    "expires_on": expires.isoformat(),
                    "imported": True,
                },
            )
        )
        return lot_id

    def _card(self, client_id: uuid.UUID, part: str, value: dict) -> uuid.UUID:
        card = LoyaltyCard(id=uuid.uuid4(), client_id=client_id, status="active", created_at=self.now)
        tx = {"client_id": client_id, "card_id": card.id, "type": "issued", "occurred_at": self.now, "reason": "imported"}
        if part == "gift_card":
            card.type, card.number, card.code = "gift_card", value["code"], value["code"]
            card.currency, card.initial_minor = value["currency"], value["balance_minor"]
            card.remaining_minor = value["balance_minor"]
            card.expires_on = date.fromisoformat(value["expires_on"]) if value.get("expires_on") else None
            tx.update(amount_minor=value["balance_minor"], currency=value["currency"])
        elif part == "membership":
            card.type, card.number, card.plan = "membership", self._number("M"), value["plan"]
            card.next_payment_on = date.fromisoformat(value["next_payment_on"]) if value.get("next_payment_on") else None
        else:
            card.type, card.number, card.service = "credit_pack", self._number("C"), value["service"]
            card.credits_total = card.credits_remaining = int(value["credits"])
            card.rollover, card.shareable = "none", False
            tx.update(credits=card.credits_total)
        self.uow.session.add(card)
        self.uow.session.flush()  # the transaction names the card
        self.uow.transactions.add(**tx)
        self._announce(card)
        return card.id

    def _announce(self, card: LoyaltyCard) -> None:
        self.events.append((contracts.CARD_CHANGED[card.type], {**contracts.card_changed(card, "issued"), "imported": True}))


def import_totals(uow: LoyaltyUnitOfWork, import_id: str) -> dict:
    """Loyalty's figures for the parts an import named (whichever import first posted them)."""
    try:
        import_uuid = uuid.UUID(str(import_id))
    except ValueError:
        return {"points": 0, "gift_cards": 0, "gift_card_minor": 0, "currency": None, "memberships": 0, "credit_packs": 0}
    with uow:
        return uow.imported_parts.totals(import_uuid)
