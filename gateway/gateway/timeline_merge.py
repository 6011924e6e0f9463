"""The timeline's k-way merge: each service's page, newest first by (at, id), into one page and its cursor.

Pure: no Flask, no RPC. Every service orders by the same key (PostgreSQL compares UUIDs byte by byte,
which is the order of their lowercase text), so one position, the last item served, says where every
service stands; the cursor also names the services that have nothing older, so they are not asked again.
"""

from __future__ import annotations

import heapq
import uuid
from dataclasses import dataclass
from datetime import datetime

from clientcard_kit import cursors


@dataclass(frozen=True)
class Position:
    """Where the next page starts: items strictly older than (at, id); `done` services have none left."""

    at: str
    id: str
    done: frozenset[str]


def sort_key(item: dict) -> tuple[datetime, str]:
    return datetime.fromisoformat(item["at"]), item["id"]


def merge(pages: dict[str, list[dict]], limit: int, fetched: int, done: frozenset[str] = frozenset()):
    """`(items, next_position)`: the newest `limit` items of all pages, each already newest first.

    `fetched` is how many items each service was asked for (more than `limit`): a service that
    answered fewer has no more than it answered. next_position is None when nothing is left.
    """
    tagged = {service: [(sort_key(item), service, item) for item in items] for service, items in pages.items()}
    merged = heapq.merge(*tagged.values(), key=lambda entry: entry[0], reverse=True)
    chosen = []
    for entry in merged:
        if len(chosen) == limit + 1:
            break
        chosen.append(entry)
    if len(chosen) <= limit:
        return [item for _, _, item in chosen], None
    chosen = chosen[:limit]
    last_key = chosen[-1][0]
    exhausted = set(done)
    for service, entries in tagged.items():
        # a short page whose every item was served: the service has nothing older than the position
        if len(entries) < fetched and all(key >= last_key for key, _, _ in entries):
            exhausted.add(service)
    last = chosen[-1][2]
    return [item for _, _, item in chosen], Position(last["at"], last["id"], frozenset(exhausted))


def encode(position: Position) -> str:
    return cursors.encode([position.at, position.id, sorted(position.done)])


def _aware(value: str) -> str:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("a time without an offset")
    return value


def decode(cursor: str | None, services: set[str]) -> Position | None:
    """The position a cursor holds, or None for the first page. Raises cursors.BadCursor."""

    def known(values) -> frozenset[str]:
        if not isinstance(values, list) or not set(values) <= services:
            raise ValueError("unknown services")
        return frozenset(values)

    decoded = cursors.decode(cursor, _aware, lambda value: str(uuid.UUID(value)), known)
    return None if decoded is None else Position(*decoded)
