"""CPU milliseconds per request of one scenario, process by process: wall-clock figures are noise on a
shared machine, CPU time much less so. Runs wrk against a suite held up by `bench.hold` and reads the
CPU time of its processes (gunicorn's workers included) and of the PostgreSQL backends serving its
databases, before and after. RabbitMQ is shared with everyone else on the machine: not counted.

    .venv/bin/python -m bench.cpu search.lua --hold /tmp/bench-hold --seconds 15
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from pathlib import Path

from bench.load import wrk
from bench.process_cpu import children, cpu_ms


def _postgres_backends(databases: dict[str, str]) -> dict[str, list[int]]:
    names = {url.rsplit("/", 1)[1].split("?")[0]: service for service, url in databases.items()}
    listed = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-tAc",
            "select datname, pid from pg_stat_activity where datname is not null",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout.split()
    backends: dict[str, list[int]] = {}
    for line in listed:
        name, _, pid = line.partition("|")
        if name in names:
            backends.setdefault(f"postgres:{names[name]}", []).append(int(pid))
    return backends


def snapshot(info: dict) -> dict[str, float]:
    groups = {name: [pid, *children(pid)] for name, pid in info["pids"].items()}
    groups.update(_postgres_backends(info["databases"]))
    return {name: sum(cpu_ms(pid) for pid in pids) for name, pids in groups.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("script", help="a scenario of bench/scenarios, e.g. search.lua")
    parser.add_argument("--hold", type=Path, default=Path("/tmp/bench-hold"))
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--env", action="append", default=[], help="NAME=value for the scenario")
    args = parser.parse_args(argv)
    info = json.loads((args.hold / "suite.json").read_text())
    env = {
        "BENCH_KEY": info["key"],
        **{k: v for k, v in info.items() if k.startswith("BENCH_")},
        **dict(e.split("=", 1) for e in args.env),
    }
    before = snapshot(info)
    row = wrk(args.script, args.script, info["url"], connections=args.connections, seconds=args.seconds, env=env)
    after = snapshot(info)
    load = os.getloadavg()
    if not row.requests:
        print(f"no requests: {row.note}")
        return 1
    print(
        f"{args.script}: {row.requests} requests, {row.rps:.0f}/s, p50 {row.p50_ms:.1f} ms, p95 {row.p95_ms:.1f} ms, "
        f"p99 {row.p99_ms:.1f} ms, errors {row.errors}; load average {load[0]:.1f} {load[1]:.1f}"
    )
    total = 0.0
    for name in sorted(after, key=lambda n: after[n] - before.get(n, 0.0), reverse=True):
        spent = (after[name] - before.get(name, 0.0)) / row.requests
        total += spent
        if spent >= 0.05:
            print(f"  {name:28} {spent:7.2f} CPU ms/request")
    print(f"  {'total (without RabbitMQ)':28} {total:7.2f} CPU ms/request")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
