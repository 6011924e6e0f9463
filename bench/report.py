"""The one table: printed, and written with the machine, the settings and the commit to
bench/results/<date>.md."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import date
from pathlib import Path

from bench.load import Row

RESULTS = Path(__file__).resolve().parent / "results"
HEADER = ("scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors")


def _cells(row: Row) -> tuple[str, ...]:
    if row.note:
        return (row.scenario, row.note, "", "", "", "")

    def ms(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    rps = "-" if row.rps is None else f"{row.rps:,.0f}" if row.rps >= 10 else f"{row.rps:.1f}"
    return (row.scenario, rps, ms(row.p50_ms), ms(row.p95_ms), ms(row.p99_ms), str(row.errors))


def table(rows: list[Row], ratio: str) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(_cells(row)) + " |" for row in rows]
    return "\n".join(lines) + f"\n\nwarm card / floor: {ratio}\n"


def ratio(rows: list[Row], warm: str, floor: str) -> str:
    by_name = {row.scenario: row for row in rows}
    w, f = by_name.get(warm), by_name.get(floor)
    if not (w and f and w.rps and f.rps):
        return "n/a"
    return f"{w.rps / f.rps:.3f} of the floor's req/s ({f.rps / w.rps:.0f}x slower); p99 {w.p99_ms:.1f} ms vs {f.p99_ms:.1f} ms"


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} {platform.release()}"


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=RESULTS.parent.parent)
    dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, cwd=RESULTS.parent.parent)
    return done.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def write(rendered: str, settings: dict[str, object], seeding: str) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{date.today().isoformat()}.md"
    runs = 1
    while path.exists():  # a second run the same day keeps the first
        runs += 1
        path = RESULTS / f"{date.today().isoformat()}-{runs}.md"
    knobs = ", ".join(f"{k} {v}" for k, v in settings.items())
    path.write_text(
        f"# make bench, {date.today().isoformat()}\n\n"
        f"- machine: {machine()}\n- settings: {knobs}\n- commit: {commit()}\n- seeding: {seeding}\n\n{rendered}"
    )
    return path
