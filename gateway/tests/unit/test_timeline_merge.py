"""The timeline's k-way merge: pages of several services into one feed, across page boundaries."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from clientcard_kit import cursors
from gateway import timeline_merge

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def _item(seconds: int) -> dict:
    return {"id": str(uuid.uuid4()), "at": (BASE + timedelta(seconds=seconds)).isoformat(), "kind": "x"}


def _service_page(items: list[dict], position, limit: int) -> list[dict]:
    """What a service answers: its items older than the position, newest first (as SQL orders them)."""
    ordered = sorted(items, key=timeline_merge.sort_key, reverse=True)
    if position is not None:
        cut = (datetime.fromisoformat(position.at), position.id)
        ordered = [item for item in ordered if timeline_merge.sort_key(item) < cut]
    return ordered[:limit]


def _walk(services: dict[str, list[dict]], limit: int) -> tuple[list[dict], int]:
    """Every page through encoded cursors: (all items served, how many services were asked in all)."""
    served, position, asked = [], None, 0
    while True:
        done = position.done if position else frozenset()
        pages = {name: _service_page(items, position, limit + 1) for name, items in services.items() if name not in done}
        asked += len(pages)
        page, following = timeline_merge.merge(pages, limit, limit + 1, done)
        assert len(page) <= limit
        served.extend(page)
        if following is None:
            return served, asked
        position = timeline_merge.decode(timeline_merge.encode(following), set(services))


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 50])
def test_items_of_equal_times_across_page_boundaries_are_served_once_each_in_order(limit):
    rng = random.Random(limit)
    services = {name: [_item(rng.choice([0, 1, 2])) for _ in range(rng.randint(0, 12))] for name in "abcde"}
    everything = [item for items in services.values() for item in items]

    served, _ = _walk(services, limit)

    assert [item["id"] for item in served] == [
        item["id"] for item in sorted(everything, key=timeline_merge.sort_key, reverse=True)
    ]


def test_a_service_with_nothing_older_is_not_asked_again():
    services = {"busy": [_item(second) for second in range(30)], "quiet": [_item(100)]}

    served, asked = _walk(services, limit=5)

    assert len(served) == 31
    assert asked == 7 + 1  # seven pages of the busy service; the quiet one only on the first


def test_an_empty_feed_has_no_next_page():
    assert timeline_merge.merge({"a": [], "b": []}, 10, 11) == ([], None)


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense",
        cursors.encode(["2026-01-01T00:00:00", str(uuid.uuid4()), []]),
        cursors.encode(["2026-01-01T00:00:00+00:00", "x", []]),
        cursors.encode(["2026-01-01T00:00:00+00:00", str(uuid.uuid4()), ["nope"]]),
    ],
)
def test_a_cursor_that_is_not_ours_is_refused(cursor):
    with pytest.raises(cursors.BadCursor):
        timeline_merge.decode(cursor, {"a"})
