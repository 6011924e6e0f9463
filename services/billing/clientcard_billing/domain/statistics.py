"""Statistics of a client over a period, from figures the database has summed."""
from __future__ import annotations

from collections import Counter


def average(total: int, count: int) -> int:
    """Average in minor units, rounded half-up; zero when there is nothing to average."""
    return (2 * total + count) // (2 * count) if count else 0


def favourites(names: list[str | None], *, top: int = 5) -> list[dict]:
    """The most frequent names, most frequent first, ties by name."""
    counts = Counter(name for name in names if name)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"name": name, "count": count} for name, count in ranked[:top]]
