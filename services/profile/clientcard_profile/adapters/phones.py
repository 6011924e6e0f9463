"""Phone numbers in any common format, stored as E.164 (via the phonenumbers library)."""

from __future__ import annotations

import phonenumbers


class UnparseablePhone(ValueError):
    pass


def to_e164(raw: str, region: str) -> str:
    """`07700 900123`, `+44 7700 900123` and `447700900123` all give `+447700900123` in GB."""
    candidate = raw.strip()
    digits = "".join(ch for ch in candidate if ch.isdigit())
    attempts = [candidate]
    if not candidate.startswith("+") and digits:
        attempts.append("+" + digits)  # an international number typed without its plus
    for attempt in attempts:
        try:
            number = phonenumbers.parse(attempt, region)
        except phonenumbers.NumberParseException:
            continue
        # possible, not valid: Ofcom's drama ranges (07700 900xxx) must be accepted too
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise UnparseablePhone(f"{raw!r} is not a valid phone number")
