"""`make chaos`: start a suite of its own (the bench's launcher), put a steady mixed load on it
with keys of its own, break it one way after another, then check from the databases and the API
that nothing acknowledged was lost, nothing was applied twice and every invariant holds.

    make chaos                                   # every scenario, a few minutes
    make chaos ARGS="--only 'kill -9 loyalty' --workers 2"
"""

from __future__ import annotations

import argparse
import signal
import sys
import time

import requests

from chaos import faults, report
from chaos.checks import settle, verify
from chaos.load import Load
from chaos.suite import ChaosSuite

DRAIN = "drain: open journeys finish"
# a front desk's key that may also adjust points, with a rate limit far above the run (its own, not the admin's)
LOAD_SCOPES = (
    "clients:read",
    "clients:write",
    "billing:read",
    "billing:write",
    "loyalty:read",
    "loyalty:write",
    "loyalty:adjust",
    "messages:read",
    "messages:write",
    "files:read",
    "files:write",
)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=3, help="load threads")
    parser.add_argument("--journeys", type=int, default=4, help="journeys each load thread keeps open")
    parser.add_argument("--pause", type=float, default=0.05, help="seconds between one thread's requests")
    parser.add_argument("--warm", type=float, default=5, help="seconds of load before each fault")
    parser.add_argument("--down", type=float, default=5, help="seconds a killed process stays down")
    parser.add_argument("--quiet", type=float, default=5, help="seconds without a failure that count as recovered")
    parser.add_argument("--broker-cut", type=float, default=30)
    parser.add_argument("--fill", type=float, default=20, help="seconds loyalty stays stopped while its queue fills")
    parser.add_argument("--gateway-workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="gunicorn threads per gateway worker")
    parser.add_argument("--only", default="", help="comma-separated scenario name prefixes to run")
    return parser.parse_args(argv)


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    suite = ChaosSuite(workers=args.gateway_workers, threads=args.threads)
    try:
        return run(args, suite)
    except KeyboardInterrupt:
        print("\ninterrupted: tearing the chaos suite down", file=sys.stderr)
        return 130
    finally:
        suite.stop()


def load_key(base_url: str, admin: requests.Session) -> str:
    created = admin.post(
        f"{base_url}/api/v1/api-keys", timeout=30, json={"name": "chaos load", "scopes": list(LOAD_SCOPES), "rate_limit": 0}
    )
    created.raise_for_status()
    return created.json()["secret"]


def chosen(args: argparse.Namespace) -> list[faults.Fault]:
    everything = faults.catalogue(down_s=args.down, broker_cut_s=args.broker_cut, fill_s=args.fill)
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    return [f for f in everything if not wanted or any(f.name.startswith(w) for w in wanted)]


def run(args: argparse.Namespace, suite: ChaosSuite) -> int:
    started, scenarios = time.monotonic(), chosen(args)
    if not scenarios:
        print(f"no scenario starts with {args.only!r}", file=sys.stderr)
        return 2
    print(f"creating the chaos suite (databases *_bench_{suite.suffix}, vhost {suite.vhost or suite.suffix}) ...", flush=True)
    suite.create()
    suite.start()
    suite.supervise()
    admin = requests.Session()
    admin.headers["Authorization"] = f"Bearer {suite.admin_key}"
    location = admin.post(f"{suite.base_url}/api/v1/locations", json={"name": "Chaos", "timezone": "Europe/London"}, timeout=30)
    location.raise_for_status()
    load = Load(
        suite.base_url,
        load_key(suite.base_url, admin),
        location.json()["id"],
        suite.suffix,
        workers=args.workers,
        journeys_each=args.journeys,
        pause_s=args.pause,
    )
    load.scenario = scenarios[0].name  # so that no write is sent outside a scenario of the table
    load.start()
    played = {}
    for fault in scenarios:
        print(f"  {fault.name} ...", flush=True)
        played[fault.name] = faults.play(fault, suite, load, warm_s=args.warm, quiet_s=args.quiet)
        outcome = played[fault.name]
        print(
            f"    recovered in {outcome.recovery_s:.1f} s" if outcome.recovery_s is not None else "    NOT recovered",
            outcome.note,
            report.exits_summary(e for e in suite.exits if e[2] >= outcome.started),
            flush=True,
        )
    load.scenario = DRAIN
    drain_started = time.monotonic()
    left_open = load.finish(deadline_s=120)
    print(
        f"  load stopped: {len(load.journeys):,} journeys, {len(load.attempts):,} requests, {left_open} left open; "
        "waiting for events to settle ...",
        flush=True,
    )
    settled = settle(suite, load)
    verdicts, found = verify(suite, load, admin, settled, left_open)
    found.append(report.exits_check(suite.exits, {name: p.started for name, p in played.items()} | {DRAIN: drain_started}))
    recoveries = {name: p.recovery_s for name, p in played.items()}
    rows = report.rows([*played, DRAIN], load.journeys, load.attempts, verdicts, recoveries | {DRAIN: 0.0})
    rendered = (
        report.table(rows)
        + "\nAfter recovery, from the databases and the API:\n\n"
        + report.checks(found)
        + "\nUndocumented 5xx (500s, and 502/503/504 without Retry-After):\n\n"
        + report.undocumented(load.attempts)
    )
    verdict = "PASSED" if report.passed(rows, found) else "FAILED"
    rendered += f"\n{verdict} in {time.monotonic() - started:.0f} s ({len(load.attempts):,} requests)\n"
    settings = {
        "load threads": args.workers,
        "journeys each": args.journeys,
        "pause s": args.pause,
        "warm s": args.warm,
        "down s": args.down,
        "quiet s": args.quiet,
        "gateway workers": args.gateway_workers,
        "threads": args.threads,
    }
    print("\n" + rendered)
    if not args.only:
        print(f"written to {report.write(rendered, settings)}")
    return 0 if verdict == "PASSED" else 1


if __name__ == "__main__":
    raise SystemExit(main())
