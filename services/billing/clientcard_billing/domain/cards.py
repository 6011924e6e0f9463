"""Cards on file hold a provider's token and what a person needs to recognise the card, never its number."""

from __future__ import annotations

import re

DIGIT_RUN = re.compile(r"(?:\d[ -]?){12,18}\d")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def looks_like_card_number(text: str) -> bool:
    """True when the text holds 13 to 19 digits (spaces or dashes between them) that pass Luhn."""
    for match in DIGIT_RUN.finditer(text or ""):
        digits = re.sub(r"[ -]", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            return True
    return False


def expired(exp_month: int, exp_year: int, *, today_year: int, today_month: int) -> bool:
    return (exp_year, exp_month) < (today_year, today_month)
