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


def add_up(*rankings: list, top: int = 5) -> list[tuple[str, int, int]]:
    """(name, times, amount) rows of several sources as one ranking: most frequent first, ties by name."""
    summed: dict[str, list[int]] = {}
    for rows in rankings:
        for name, times, amount in rows:
            figures = summed.setdefault(name, [0, 0])
            figures[0] += int(times)
            figures[1] += int(amount)
    ranked = sorted(summed.items(), key=lambda item: (-item[1][0], item[0]))
    return [(name, times, amount) for name, (times, amount) in ranked[:top]]


def months_with(invoiced: list, imported: list) -> list[tuple[str, int, int]]:
    """(month, revenue, invoices): invoiced revenue per month plus imported sales (which are no invoices)."""
    months = {month: [int(total), int(count)] for month, total, count in invoiced}
    for month, amount in imported:
        months.setdefault(month, [0, 0])[0] += int(amount)
    return [(month, total, count) for month, (total, count) in sorted(months.items())]
