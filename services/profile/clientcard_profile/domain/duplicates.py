"""Which clients are likely the same person: same phone, same email, or a very similar name."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

NAME_SIMILARITY = 0.85  # "Jon Smith" ~ "John Smith"; "Ann Lee" vs "Anna Li" is not enough alone


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    email: str | None
    phones: frozenset[str]


def folded_name(first_name: str, last_name: str) -> str:
    """Lower case, accents stripped, spaces collapsed: `Zoë  O'Neil` -> `zoe o'neil`."""
    text = unicodedata.normalize("NFKD", f"{first_name} {last_name}")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def name_similarity(a: Person, b: Person) -> float:
    return SequenceMatcher(None, folded_name(a.first_name, a.last_name), folded_name(b.first_name, b.last_name)).ratio()


def match_reasons(client: Person, candidate: Person) -> tuple[list[str], float]:
    """(reasons, score in 0..1); no reasons means not a likely duplicate."""
    reasons: list[str] = []
    score = 0.0
    if client.phones & candidate.phones:
        reasons.append("phone")
        score += 0.5
    if client.email and candidate.email and client.email.lower() == candidate.email.lower():
        reasons.append("email")
        score += 0.5
    similarity = name_similarity(client, candidate)
    if similarity >= NAME_SIMILARITY:
        reasons.append("name")
        score += 0.4 * similarity
    return reasons, round(min(score, 1.0), 3)
