"""Opaque keyset cursors for lists ordered newest first by (created_at, id)."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime


def encode(created_at: datetime, row_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(json.dumps([created_at.isoformat(), str(row_id)]).encode()).decode()


def decode(cursor: str | None) -> tuple[datetime, uuid.UUID] | None:
    """The position a cursor names; ValueError for one we did not give."""
    if not cursor:
        return None
    try:
        created_at, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return datetime.fromisoformat(created_at), uuid.UUID(row_id)
    except (ValueError, TypeError) as error:
        raise ValueError("invalid cursor") from error


def page(rows: list, limit: int) -> tuple[list, str | None]:
    """Split `limit + 1` fetched rows into the page and the cursor of the next one."""
    items = rows[:limit]
    return items, encode(items[-1].created_at, items[-1].id) if len(rows) > limit else None
