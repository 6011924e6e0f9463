"""Opaque list cursors: the sort key of the last item seen, as URL-safe base64 JSON.

One codec for every list of every service; each list names the converters of its own key, and
a cursor we did not give is one error everywhere: BadCursor, a 422 naming the field.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable

from clientcard_kit.errors import InvalidInput


class BadCursor(InvalidInput, ValueError):
    """A cursor this list did not give: a 422 across RPC, its field named in `errors`."""

    title = "Invalid cursor"

    def __init__(self, detail: str = "The cursor is not valid", *, field: str = "cursor"):
        super().__init__(detail, errors={field: ["Not a cursor this list gave; start again without it."]})


def encode(values: list) -> str:
    raw = json.dumps(values, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, *converters: Callable, field: str = "cursor") -> tuple | None:
    """The values `encode` packed, each passed through its converter, or None for no cursor.

    BadCursor (naming `field`) when it was not one of ours (wrong shape, or a value its converter refuses).
    """
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if isinstance(values, list) and len(values) == len(converters):
            return tuple(convert(value) for convert, value in zip(converters, values, strict=True))
    except (binascii.Error, ValueError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise BadCursor(field=field) from error
    raise BadCursor(field=field)


def row_id(value) -> int:
    """A BIGINT row id; anything PostgreSQL could not compare is refused."""
    number = int(value)
    if not 0 < number < 2**63:
        raise ValueError("not a row id")
    return number


def page(rows: list, limit: int, key: Callable[[object], list]) -> tuple[list, str | None]:
    """Split `limit + 1` fetched rows into the page and the cursor (of `key(last row)`) of the next one."""
    items = rows[:limit]
    return items, encode(key(items[-1])) if len(rows) > limit else None
