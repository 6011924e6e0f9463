"""One page of a client's timeline from a service's own tables: newest first by `(at, id)`, keyset-paged.

Every service answers `get_timeline` with this helper, so every page is ordered the same way and the
gateway can merge them (gateway/gateway/timeline_merge.py). Each source uses an index on `(client, at)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Session

from clientcard_kit.errors import InvalidInput

MAX_LIMIT = 201  # the gateway asks for one more than its largest page


class TimelineInvalid(InvalidInput):
    """A bad client id, position, period or limit (422)."""


def client_uuid(client_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(client_id))
    except ValueError as error:
        raise TimelineInvalid(f"Not a client id: {client_id!r}") from error


@dataclass(frozen=True)
class Source:
    """One kind of item: a query already filtered to the client, with the columns it is ordered by.

    `query` selects `at`, `id` and `data` (a jsonb object the summary is written from).
    """

    kind: str
    query: sa.Select
    at: sa.ColumnElement
    id: sa.ColumnElement


@dataclass(frozen=True)
class Window:
    """Which items are wanted: older than `before` (at, id), within [since, until), at most `limit`."""

    before: tuple[datetime, uuid.UUID] | None
    since: datetime | None
    until: datetime | None
    limit: int


def window(before: list | None, since: str | None, until: str | None, limit: int) -> Window:
    """Parse the RPC's arguments. Raises TimelineInvalid."""
    try:
        position = None
        if before is not None:
            at, item_id = before
            position = (_aware(at), uuid.UUID(str(item_id)))
        limit = int(limit)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValueError("limit out of range")
        return Window(position, _aware(since) if since else None, _aware(until) if until else None, limit)
    except (TypeError, ValueError) as error:
        raise TimelineInvalid(f"Not a timeline position, period or limit: {error}") from error


def _aware(value: str) -> datetime:
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("a time without an offset")
    return parsed


def page(session: Session, sources: Iterable[Source], want: Window, summarise: Callable[[str, dict], str]) -> list[dict]:
    """`[{id, kind, at, summary, data}]`, newest first by (at, id): each source is cut at the position,
    ordered and limited on its own index, then the union is ordered and limited once more."""
    parts = []
    for source in sources:
        query = source.query
        if want.before is not None:
            at, item_id = want.before
            query = query.where(
                sa.tuple_(source.at, source.id) < sa.tuple_(sa.literal(at), sa.literal(item_id, UUID(as_uuid=True)))
            )
        if want.since is not None:
            query = query.where(source.at >= want.since)
        if want.until is not None:
            query = query.where(source.at < want.until)
        query = query.add_columns(sa.literal(source.kind).label("kind"))
        parts.append(query.order_by(source.at.desc(), source.id.desc()).limit(want.limit).subquery())
    if not parts:
        return []
    union = sa.union_all(*(sa.select(part.c.kind, part.c.at, part.c.id, part.c.data) for part in parts)).subquery()
    rows = session.execute(sa.select(union).order_by(union.c.at.desc(), union.c.id.desc()).limit(want.limit)).all()
    return [
        {
            "id": str(row.id),
            "kind": row.kind,
            "at": row.at.astimezone(UTC).isoformat(),
            "summary": summarise(row.kind, row.data),
            "data": row.data,
        }
        for row in rows
    ]
