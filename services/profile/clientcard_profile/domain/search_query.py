"""What staff typed into the search box: an email, a phone number, a card number or a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

PHONE_CHARS = re.compile(r"^[\d\s+\-().]+$")
MIN_PHONE_FRAGMENT = 5  # fewer digits than this would match too many numbers to be useful


@dataclass(frozen=True)
class SearchTerms:
    raw: str
    kind: str  # "email", "phone" or "name"
    words: tuple[str, ...] = ()
    digits: str = ""  # for phones: the digits without leading zeros (a national trunk prefix)


def classify(query: str) -> SearchTerms:
    """Decide how to search for `query`; a card number is tried with every kind."""
    raw = " ".join(query.split())
    if "@" in raw:
        return SearchTerms(raw=raw, kind="email")
    digits = re.sub(r"\D", "", raw)
    if PHONE_CHARS.match(raw) and digits:
        return SearchTerms(raw=raw, kind="phone", digits=digits.lstrip("0"))
    return SearchTerms(raw=raw, kind="name", words=tuple(raw.split(" ")))


def usable_phone_fragment(terms: SearchTerms) -> bool:
    return len(terms.digits) >= MIN_PHONE_FRAGMENT


def escape_like(value: str) -> str:
    """Make `%`, `_` and `\\` in user input match themselves in a LIKE pattern."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
