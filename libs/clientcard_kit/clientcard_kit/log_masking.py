"""Masks personal data (emails, phones, names) in log records before any handler writes them.

`MaskingFilter` goes on every handler of every process (nameko LOGGING, gunicorn, `logs.configure`).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_plus

MASK = "***"

# Keys whose values name or describe a person (or are free text that may): their values go whole.
NAME_KEYS = (
    "first_name",
    "last_name",
    "middle_name",
    "full_name",
    "name",
    "display_name",
    "holder_name",
    "actor_name",
    "signer_name",
    "staff",
    "caption",
    "subject",
    "body",
    "text",
    "comment",
    "q",
    "email",
    "phone",
    "additional_phone",
    "to",
)

_KEYS = "|".join(sorted(NAME_KEYS, key=len, reverse=True))
_QUOTED = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
# `key=value` ends at a space (logfmt, URL queries); `key: value` runs to the end of its clause.
_KEY_VALUE = re.compile(
    rf"""(?<![\w.\-])(?P<kq>["']?)(?P<key>{_KEYS})(?P=kq)(?!\w)
    (?:(?P<eq>\s*=\s*)(?P<eq_value>{_QUOTED}|[^\s,;&)\]}}"'{{\[]+)
      |(?P<colon>\s*:\s*)(?P<colon_value>{_QUOTED}|[^\s,;&)\]}}"'{{\[<>][^\n,;&)\]}}]*))""",
    re.VERBOSE,
)

# Never touched: ids, times and addresses look like digit runs but are not personal.
_PROTECTED = (
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"  # UUID
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # ISO date/time
    r"|\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"  # time of day
    r"|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?"  # IPv4 and port
)
_EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]*(?:@|%40)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?P<tld>[A-Za-z]{2,})(?![\w.\-]*\w)"
# A digit run with the separators phones are written with (space, dot, dash, brackets, %20);
# _phone() decides from the digit count whether it is one.
_PHONE = r"(?P<plus>\+|%2[Bb])?\(?\d(?:(?:[ .\-()]{1,3}|%20)?\d)*(?!\w|[.\-]\w)"
_TOKENS = re.compile(
    rf"(?P<protected>(?<![\w.\-:])(?:{_PROTECTED})(?![\w:]|[.\-]\d))"
    rf"|(?P<email>(?<![\w.%+\-]){_EMAIL})"
    rf"|(?P<phone>(?<![\w.\-/+%]){_PHONE})"
)
_SPACES = re.compile(r"((?: |%20)+)")
_ALREADY_MASKED = re.compile(r"\*\*\*(?:\d{2})?|\w\*\*\*@\*\*\*\.[A-Za-z]+")
_EMAIL_ONLY = re.compile(_EMAIL)
_PHONE_ONLY = re.compile(_PHONE)


def mask(text: str) -> str:
    """`text` with the values of personal keys, email addresses and phone numbers masked."""
    return _TOKENS.sub(_token, _KEY_VALUE.sub(_key_value, text))


def _key_value(match: re.Match) -> str:
    sep, value = (match["eq"], match["eq_value"]) if match["eq"] is not None else (match["colon"], match["colon_value"])
    kq = match["kq"]
    if value[0] in "\"'":
        masked = value[0] + _masked_value(value[1:-1]) + value[0]
    else:
        stripped = value.rstrip()
        masked = _masked_value(stripped) + value[len(stripped) :]
    return f"{kq}{match['key']}{kq}{sep}{masked}"


def _masked_value(value: str) -> str:
    """A whole value: an email or phone keeps its masked shape, anything else is the bare mask."""
    if not value or _ALREADY_MASKED.fullmatch(value):
        return value
    plain = unquote_plus(value).strip()
    if _EMAIL_ONLY.fullmatch(plain):
        return _TOKENS.sub(_token, plain)
    if _PHONE_ONLY.fullmatch(plain):
        masked = _TOKENS.sub(_token, plain)
        if masked != plain:
            return masked
    return MASK


def _token(match: re.Match) -> str:
    if match["email"]:
        return f"{match['email'][0]}{MASK}@{MASK}.{match['tld']}"
    if match["phone"]:
        return _phone(match["phone"], international=bool(match["plus"]))
    return match[0]


def _phone(text: str, *, international: bool) -> str:
    digits = _digits(text)
    if len(digits) > 15 and _SPACES.search(text):
        return _phones_in_run(text)
    # E.164 numbers are 8 to 15 digits; national ones at least 9 (e.g. 07700 900123). A bare run
    # without a trunk 0 needs 10, so counts, amounts and byte sizes stay readable.
    separated = not text.isdigit()
    shortest = 8 if international else (9 if separated or digits.startswith("0") else 10)
    if not shortest <= len(digits) <= 15:
        return text
    return f"{MASK}{digits[-2:]}"


def _phones_in_run(text: str) -> str:
    """Numbers written side by side read as one run: mask it piece by piece, up to 15 digits a number."""
    pieces = _SPACES.split(text)
    words, spaces = pieces[0::2], pieces[1::2]
    out, start = [], 0
    while start < len(words):
        end, count = start, 0
        while end < len(words) and (end == start or count + len(_digits(words[end])) <= 15):
            count += len(_digits(words[end]))
            end += 1
        chunk = "".join(word + space for word, space in zip(words[start:end], spaces[start : end - 1] + [""], strict=True))
        out.append(_phone(chunk, international=chunk.startswith(("+", "%2B", "%2b"))))
        if end < len(words):
            out.append(spaces[end - 1])
        start = end
    return "".join(out)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", re.sub(r"%2[0Bb]", "", text))


class MaskingFilter(logging.Filter):
    """Rewrites each record's message, exception and stack text with personal data masked.

    The record is shared by every handler that sees it, so it is rendered and masked once: args are
    folded into `msg`, and the traceback is pre-rendered into `exc_text` (formatters print that).
    """

    _traceback_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_clientcard_masked", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not print its raw args to stderr
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = mask(message), None
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self._traceback_formatter.formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        record._clientcard_masked = True
        return True
