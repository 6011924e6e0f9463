"""CPU time of local processes, read from /proc: what bench.cpu charges per request, and what the bench
waits on before it measures (a suite that has just started may still be busy with start-up work)."""

from __future__ import annotations

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid: int) -> float:
    """User plus system CPU milliseconds of a process so far; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / TICKS  # utime + stime


def children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def tree_cpu_ms(pids: list[int]) -> float:
    """CPU milliseconds of these processes and their direct children (gunicorn's workers)."""
    return sum(cpu_ms(p) for pid in pids for p in (pid, *children(pid)))
