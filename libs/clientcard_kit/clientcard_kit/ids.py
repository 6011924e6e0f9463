"""One rule for ids that are not UUIDs.

In a path, a bad id names nothing: the caller gets the same 404 as for an unknown id (so ids are not
probed by their shape). In a body or a query, it is a mistake in the request: a 422 naming the field.
"""

from __future__ import annotations

import uuid

from clientcard_kit.errors import InvalidInput, NotFound, ServiceError


def parse_id(
    value,
    *,
    what: str = "",
    not_found: type[ServiceError] = NotFound,
    field: str | None = None,
    invalid: type[ServiceError] = InvalidInput,
) -> uuid.UUID:
    """`value` as a UUID. Not one: `invalid` (422) naming `field` when given (a body or query value),
    else `not_found` (404, "No <what> <value>"), as an unknown id in the path would be."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as error:
        if field is not None:
            raise invalid(f"{field} is not an id: {value!r}", errors={field: ["Not a valid UUID."]}) from error
        raise not_found(f"No {what} {value!r}" if what else f"No {value!r}") from error


def parse_id_or_none(value) -> uuid.UUID | None:
    """`value` as a UUID, or None for anything else: for a lookup whose "not found" the caller raises itself."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None
