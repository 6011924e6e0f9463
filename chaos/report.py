"""The one table (a row per scenario) and the suite-wide checks under it: printed, and written with
the machine, the settings and the commit to chaos/results/<date>.md."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.report import commit, machine
from chaos import outcomes
from chaos.journey import ACKED, PENDING, WRITES, Journey
from chaos.verdicts import StepVerdicts

RESULTS = Path(__file__).resolve().parent / "results"
HEADER = (
    "scenario",
    "operations",
    "acknowledged",
    "lost",
    "duplicated",
    "5xx",
    "502/503/504 + Retry-After",
    "no answer",
    "recovery s",
)


@dataclass
class Row:
    scenario: str
    operations: int = 0  # writes first sent during the scenario
    acknowledged: int = 0  # of those, acknowledged by the end of the run
    lost: int = 0
    duplicated: int = 0
    undocumented_5xx: int = 0  # 500s, and 502/503/504 without Retry-After
    documented_5xx: int = 0
    no_answer: int = 0  # refused or timed-out connections (the gateway itself down)
    recovery_s: float | None = 0.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def rows(
    scenarios: Iterable[str],
    journeys: Iterable[Journey],
    attempts: Iterable[outcomes.Attempt],
    verdicts: Mapping[str, StepVerdicts],
    recoveries: Mapping[str, float | None],
) -> list[Row]:
    table = {name: Row(name, recovery_s=recoveries.get(name)) for name in scenarios}
    for journey in journeys:
        for step in journey.steps:
            if step.name in WRITES and step.state != PENDING and step.scenario in table:
                table[step.scenario].operations += 1
                table[step.scenario].acknowledged += step.state == ACKED
    for attempt in attempts:
        row = table.get(attempt.scenario)
        if row is not None:
            row.undocumented_5xx += attempt.outcome == outcomes.UNDOCUMENTED
            row.documented_5xx += attempt.outcome == outcomes.DOCUMENTED
            row.no_answer += attempt.outcome == outcomes.NO_ANSWER
    for name, verdict in verdicts.items():
        if name in table:
            table[name].lost, table[name].duplicated = len(verdict.lost), len(verdict.duplicated)
    return list(table.values())


def _cells(row: Row) -> tuple[str, ...]:
    recovery = "not recovered" if row.recovery_s is None else f"{row.recovery_s:.1f}"
    return (
        row.scenario,
        f"{row.operations:,}",
        f"{row.acknowledged:,}",
        str(row.lost),
        str(row.duplicated),
        str(row.undocumented_5xx),
        str(row.documented_5xx),
        str(row.no_answer),
        recovery,
    )


def table(table_rows: list[Row]) -> str:
    total = Row(
        "total",
        recovery_s=None
        if any(r.recovery_s is None for r in table_rows)
        else max((r.recovery_s or 0.0 for r in table_rows), default=0.0),
    )
    for row in table_rows:
        for name in ("operations", "acknowledged", "lost", "duplicated", "undocumented_5xx", "documented_5xx", "no_answer"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(_cells(row)) + " |" for row in [*table_rows, total]]
    return "\n".join(lines) + "\n"


def checks(found: list[Check]) -> str:
    return "\n".join(f"- {'ok' if c.ok else 'FAILED'}: {c.name}" + (f" ({c.detail})" if c.detail else "") for c in found) + "\n"


def scenario_at(when: float, starts: Mapping[str, float]) -> str:
    """The scenario running at `when`, from each scenario's start time."""
    running = [name for name, started in sorted(starts.items(), key=lambda item: item[1]) if started <= when]
    return running[-1] if running else "start"


def exits_summary(exits: Iterable[tuple[str, int, float]], starts: Mapping[str, float] | None = None) -> str:
    """'billing exited (code 1) 2 times during ...', one phrase per process, exit code and scenario."""
    counted = Counter((name, code, scenario_at(when, starts) if starts else None) for name, code, when in exits)
    return "; ".join(
        f"{name} exited (code {code})" + (f" {n} times" if n > 1 else "") + (f" during '{s}'" if s else "")
        for (name, code, s), n in counted.items()
    )


def exits_check(exits: Iterable[tuple[str, int, float]], starts: Mapping[str, float]) -> Check:
    """Processes must ride out a fault: one that exited on its own (and was started again) fails the run."""
    exits = list(exits)
    return Check(
        "no process died of a fault (the run starts one that exits again, as a supervisor would)",
        not exits,
        exits_summary(exits, starts),
    )


def undocumented(attempts: Iterable[outcomes.Attempt], limit: int = 12) -> str:
    """The undocumented 5xx, grouped by scenario, step and answer, most frequent first."""
    groups: Counter = Counter((a.scenario, a.step, a.detail[:160]) for a in attempts if a.outcome == outcomes.UNDOCUMENTED)
    lines = [f"- {count} x {scenario} / {step}: {detail}" for (scenario, step, detail), count in groups.most_common(limit)]
    return "\n".join(lines) + "\n" if lines else "- none\n"


def passed(table_rows: list[Row], found: list[Check]) -> bool:
    return all(c.ok for c in found) and not any(
        r.lost or r.duplicated or r.undocumented_5xx or r.recovery_s is None for r in table_rows
    )


def write(rendered: str, settings: Mapping[str, object]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{date.today().isoformat()}.md"
    knobs = ", ".join(f"{k} {v}" for k, v in settings.items())
    path.write_text(
        f"# make chaos, {date.today().isoformat()}\n\n- machine: {machine()}\n- settings: {knobs}\n"
        f"- commit: {commit()}\n\n{rendered}"
    )
    return path
