"""The optional import columns that bring an old system's money, points, cards, notes and consents.

Pure rules: a row's cells for these columns become `parts` (one per thing posted: `balance`,
`points`, `gift_card`, `membership`, `credits`, `note`, `alert`, `consent`), or errors by column.
The owning services check the rest (currency, codes taken, plans) before anything is posted.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

EXTRA_COLUMNS = (
    "external_id",
    "home_location",
    "opening_balance",
    "points",
    "points_expire_on",
    "gift_card_code",
    "gift_card_balance",
    "gift_card_expires_on",
    "membership_name",
    "membership_next_payment_on",
    "credits_name",
    "credits_remaining",
    "notes",
    "alert",
    "marketing_opt_in",
    "consent_source",
    "consent_at",
)
VISIT_COLUMNS = ("external_id", "client_external_id", "starts_at", "service", "staff", "location", "status", "price")
VISIT_STATUSES = ("booked", "confirmed", "completed", "cancelled", "no_show")
# which service posts each part
OWNERS = {
    "balance": "billing",
    "price": "billing",
    "points": "loyalty",
    "gift_card": "loyalty",
    "membership": "loyalty",
    "credits": "loyalty",
    "note": "profile",
    "alert": "profile",
    "consent": "messaging",
}
MAX_TEXT = 10_000
MAX_POINTS = 10**12
TRUE_WORDS = ("1", "true", "yes", "y", "x")
FALSE_WORDS = ("0", "false", "no", "n")


class Errors(dict):
    def add(self, column: str, message: str) -> None:
        self.setdefault(column, []).append(message)


def parse_date(value: str) -> date:
    """ISO `2027-03-31`, or day first `31/03/2027` / `31.03.2027`; ValueError otherwise."""
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    return date.fromisoformat(value[:10] if re.match(r"\d{4}-\d{2}-\d{2}[T ]", value) else value)


def parse_datetime(value: str) -> datetime:
    """RFC 3339 with an offset (a bare date is midnight UTC); ValueError for a naive time."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return datetime.fromisoformat(value + "T00:00:00+00:00")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("no offset")
    return parsed


def parse_decimal(value: str) -> Decimal:
    """`12.50`, `-3`, `1,234.50`; ValueError for anything else (no floats anywhere)."""
    try:
        number = Decimal(value.replace(",", "").replace(" ", ""))
    except InvalidOperation as error:
        raise ValueError(value) from error
    if not number.is_finite():
        raise ValueError(value)
    return number


def _whole(value: str, errors: Errors, column: str, minimum: int) -> int | None:
    if not re.fullmatch(r"-?\d{1,13}", value):
        errors.add(column, "must be a whole number")
        return None
    number = int(value)
    if number < minimum or number > MAX_POINTS:
        errors.add(column, f"must be at least {minimum}")
        return None
    return number


def _on(value: str, errors: Errors, column: str) -> str | None:
    try:
        return parse_date(value).isoformat()
    except ValueError:
        errors.add(column, "must be a date (YYYY-MM-DD)")
        return None


def _money(value: str, errors: Errors, column: str, *, signed: bool) -> str | None:
    try:
        number = parse_decimal(value)
    except ValueError:
        errors.add(column, "must be a decimal amount such as 12.50")
        return None
    if not signed and number <= 0:
        errors.add(column, "must be greater than 0")
        return None
    return str(number)


def _text(cells: dict[str, str], column: str, errors: Errors, limit: int = MAX_TEXT) -> str | None:
    value = cells.get(column) or None
    if value is not None and len(value) > limit:
        errors.add(column, f"at most {limit} characters")
        return None
    return value


def parse_extras(cells: dict[str, str]) -> tuple[str | None, str | None, dict, Errors]:
    """(external_id, home_location, parts, errors) of one row; cells are stripped, empty ones absent.

    Amounts stay decimal strings: billing and loyalty turn them into minor units of their currency.
    """
    errors = Errors()
    external_id = _text(cells, "external_id", errors, 200)
    home_location = _text(cells, "home_location", errors, 200)
    parts: dict = {}
    if cells.get("opening_balance"):
        amount = _money(cells["opening_balance"], errors, "opening_balance", signed=True)
        if amount is not None and parse_decimal(amount) != 0:
            parts["balance"] = {"amount": amount}
    if cells.get("points"):
        points = _whole(cells["points"], errors, "points", 0)
        expires = _on(cells["points_expire_on"], errors, "points_expire_on") if cells.get("points_expire_on") else None
        if points:
            parts["points"] = {"points": points, "expires_on": expires}
    elif cells.get("points_expire_on"):
        errors.add("points_expire_on", "given without points")
    _gift_card(cells, errors, parts)
    if cells.get("membership_name") or cells.get("membership_next_payment_on"):
        name = _text(cells, "membership_name", errors, 200)
        if not name:
            errors.add("membership_name", "required with membership_next_payment_on")
        due = (
            _on(cells["membership_next_payment_on"], errors, "membership_next_payment_on")
            if cells.get("membership_next_payment_on")
            else None
        )
        parts["membership"] = {"plan": name, "next_payment_on": due}
    if cells.get("credits_name") or cells.get("credits_remaining"):
        service = _text(cells, "credits_name", errors, 200)
        if not service:
            errors.add("credits_name", "required with credits_remaining")
        if not cells.get("credits_remaining"):
            errors.add("credits_remaining", "required with credits_name")
        credits = (
            _whole(cells.get("credits_remaining") or "0", errors, "credits_remaining", 1)
            if cells.get("credits_remaining")
            else None
        )
        parts["credits"] = {"service": service, "credits": credits}
    for column, part in (("notes", "note"), ("alert", "alert")):
        body = _text(cells, column, errors)
        if body:
            parts[part] = {"body": body}
    _consent(cells, errors, parts)
    return external_id, home_location, parts, errors


def _gift_card(cells: dict[str, str], errors: Errors, parts: dict) -> None:
    if not any(cells.get(column) for column in ("gift_card_code", "gift_card_balance", "gift_card_expires_on")):
        return
    code = (_text(cells, "gift_card_code", errors, 50) or "").upper() or None
    if not code:
        errors.add("gift_card_code", "required with gift_card_balance")
    balance = None
    if not cells.get("gift_card_balance"):
        errors.add("gift_card_balance", "required with gift_card_code")
    else:
        balance = _money(cells["gift_card_balance"], errors, "gift_card_balance", signed=False)
    expires = _on(cells["gift_card_expires_on"], errors, "gift_card_expires_on") if cells.get("gift_card_expires_on") else None
    parts["gift_card"] = {"code": code, "balance": balance, "expires_on": expires}


def _consent(cells: dict[str, str], errors: Errors, parts: dict) -> None:
    raw = (cells.get("marketing_opt_in") or "").lower()
    if not raw:
        for column in ("consent_source", "consent_at"):
            if cells.get(column):
                errors.add(column, "given without marketing_opt_in")
        return
    if raw not in TRUE_WORDS + FALSE_WORDS:
        errors.add("marketing_opt_in", "must be yes or no")
        return
    opted_in = raw in TRUE_WORDS
    source = _text(cells, "consent_source", errors, 200)
    at = None
    if cells.get("consent_at"):
        try:
            at = parse_datetime(cells["consent_at"]).isoformat()
        except ValueError:
            errors.add("consent_at", "must be a time with its offset (RFC 3339)")
    if opted_in and not source:
        errors.add("consent_source", "required when marketing_opt_in is yes (where the consent was given)")
    parts["consent"] = {"marketing": opted_in, "source": source, "at": at}


def location_of(value: str, by_name: dict[str, uuid.UUID]) -> uuid.UUID | None:
    """A location named by id or by name (case-insensitive); None when neither."""
    try:
        location_id = uuid.UUID(value)
    except ValueError:
        return by_name.get(value.strip().lower())
    return location_id if location_id in by_name.values() else None


def part_conflicts(known: dict, parts: dict) -> list[str]:
    """The parts already posted for this external id with other values (never posted again)."""
    return sorted(name for name, value in parts.items() if name in known and known[name] != value)


def new_parts(known: dict, parts: dict) -> list[str]:
    """The parts posted for the first time now."""
    return sorted(name for name in parts if name not in known)
