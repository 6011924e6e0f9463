"""What changed between two snapshots of a record, as JSON-ready values for the audit trail."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal


def jsonable(value):
    """A value the audit trail can store as JSON: dates as ISO strings, decimals and UUIDs as strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value


def diff(before: dict, after: dict) -> dict[str, tuple[object, object]]:
    """`{field: (old, new)}` for every field of `after` whose value differs from `before`.

    Custom fields are compared key by key (`custom_fields.<key>`), so the audit names the one
    that changed rather than the whole dictionary.
    """
    changes: dict[str, tuple[object, object]] = {}
    for field, new in after.items():
        old = before.get(field)
        if field == "custom_fields":
            old = old or {}
            for key in sorted(set(old) | set(new or {})):
                if jsonable(old.get(key)) != jsonable((new or {}).get(key)):
                    changes[f"custom_fields.{key}"] = (jsonable(old.get(key)), jsonable((new or {}).get(key)))
        elif jsonable(old) != jsonable(new):
            changes[field] = (jsonable(old), jsonable(new))
    return changes


def changed_fields(changes: dict[str, tuple[object, object]]) -> list[str]:
    """Top-level field names for `client_updated.changed` (`custom_fields.x` counts as `custom_fields`)."""
    return sorted({field.split(".", 1)[0] for field in changes})
