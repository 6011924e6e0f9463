"""Load from another process: wrk with a Lua scenario; its `done` hook prints one JSON line."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


@dataclass
class Row:
    """One line of the table; `note` replaces the figures when the scenario could not run."""

    scenario: str
    rps: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    errors: int | None = None
    requests: int | None = None
    note: str = ""


def wrk(scenario: str, script: str, url: str, *, connections: int, seconds: float, env: dict[str, str]) -> Row:
    command = [
        "wrk",
        "-t",
        str(min(connections, os.cpu_count() or 2)),
        "-c",
        str(connections),
        "-d",
        f"{seconds:g}s",
        "--timeout",
        "10s",
        "-s",
        str(SCENARIOS / script),
        url,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, env={**os.environ, "BENCH_LUA_DIR": str(SCENARIOS), **env}
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_RESULT ")), None)
    if line is None:
        return Row(scenario, note=f"wrk failed: {(done.stderr or done.stdout).strip()[:200]}")
    result = json.loads(line.removeprefix("BENCH_RESULT "))
    seconds_run = result["duration_us"] / 1e6
    return Row(
        scenario,
        rps=result["requests"] / seconds_run,
        p50_ms=result["p50_us"] / 1000,
        p95_ms=result["p95_us"] / 1000,
        p99_ms=result["p99_us"] / 1000,
        errors=result["status_errors"] + result["socket_errors"],
        requests=result["requests"],
    )
