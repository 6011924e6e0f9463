"""`make bench`: start a suite of its own, seed it in bulk, load it from wrk and Python loops,
print one table and write it to bench/results/<date>.md. Figures only: nothing is asserted.

    make bench ARGS="--clients 2000 --seconds 5"
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import requests

from bench import report
from bench.flows import Flows
from bench.load import Row, wrk
from bench.open_loop import at_rate
from bench.seed import Seeded, seed
from bench.suite import BenchSuite, cache_exists, projector_exists

FLOOR, WARM = "floor: bare Flask, card-sized JSON", "warm card (same client)"
# a front desk's key: everything but health records (their reads are audited one by one) and administration
FRONT_DESK_SCOPES = (
    "clients:read",
    "clients:write",
    "billing:read",
    "billing:write",
    "loyalty:read",
    "loyalty:write",
    "messages:read",
    "messages:write",
    "files:read",
    "files:write",
)
# Latency targets are read at a stated arrival rate (bench/open_loop.py), above the busiest minute of a
# 300-desk chain: each desk opening an uncached card and searching about every 30 s, a search being some
# five requests as the name is typed; twice that here.
COLD_CARDS_PER_S = 20
SEARCHES_PER_S = 50
LISTS = ("card", "visits", "notes", "invoices", "messages", "files", "loyalty", "balance")


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100_000, help="seeded clients (up to 1,000,000)")
    parser.add_argument("--heavy", type=int, default=5, help="clients with about 10,000 history items each")
    parser.add_argument("--seconds", type=float, default=15, help="length of each scenario")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (gateway and floor)")
    parser.add_argument("--threads", type=int, default=8, help="gunicorn threads per worker")
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args(argv)


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored (in background)
    suite = BenchSuite(workers=args.workers, threads=args.threads)
    try:
        with tempfile.TemporaryDirectory(prefix="clientcard-bench-") as scratch:
            return run(args, suite, Path(scratch))
    except KeyboardInterrupt:
        print("\ninterrupted: tearing the bench suite down", file=sys.stderr)
        return 130
    finally:
        suite.stop()


def run(args: argparse.Namespace, suite: BenchSuite, scratch: Path) -> int:
    print(f"creating the bench suite (databases *_bench_{suite.suffix}, vhost {suite.suffix}) ...")
    suite.create()
    print(f"seeding {args.clients:,} clients ({args.heavy} heavy) ...")
    seeded = seed(suite.databases, clients=args.clients, heavy=args.heavy, seed=args.seed)
    seeding = f"{args.clients:,} clients, {sum(seeded.rows.values()):,} rows in {seeded.seconds:.0f} s"
    print(f"seeded {seeding}")
    print(f"starting services{' and the card projector' if projector_exists() else ''} ...")
    suite.start()
    admin = requests.Session()
    admin.headers["Authorization"] = f"Bearer {suite.admin_key}"
    typical = seeded.clients[min(len(seeded.clients) - 1, args.heavy + 10)][0]
    card_bytes = verify(suite.base_url, admin, [typical, *seeded.heavy[:1], *([seeded.light] if seeded.light else [])])
    suite.start_floor(card_bytes)
    suite.start_fanout_floor()
    print("waiting for the suite's start-up work to finish ...", flush=True)
    print(f"settled after {suite.wait_settled():.0f} s")
    key = bench_key(suite.base_url, admin)
    files = data_files(scratch, seeded, random.Random(args.seed))
    rows = scenarios(args, suite, seeded, key, typical, files)
    rendered = report.table(rows, report.ratio(rows, WARM, FLOOR))
    settings = {
        "workers": args.workers,
        "threads": args.threads,
        "connections": args.connections,
        "seconds": args.seconds,
        "clients": args.clients,
        "heavy": args.heavy,
        "card projector": "yes" if projector_exists() else "no",
        "card cache": "yes" if cache_exists() else "no",
    }
    print("\n" + rendered)
    print(f"written to {report.write(rendered, settings, seeding)}")
    return 0


def verify(base_url: str, session: requests.Session, client_ids: list[str]) -> int:
    """Read the card and the lists of a few seeded clients; print what failed. Returns a card's size."""
    size, problems = 0, []
    for client_id in client_ids:
        for what in LISTS:
            response = session.get(f"{base_url}/api/v1/clients/{client_id}/{what}", timeout=30)
            if response.status_code != 200:
                problems.append(f"{what} of {client_id}: {response.status_code} {response.text[:200]}")
            elif what == "card":
                size = size or len(response.content)
                if response.json().get("unavailable"):
                    problems.append(f"card of {client_id}: unavailable {response.json()['unavailable']}")
    print(f"checked card and lists of {len(client_ids)} seeded clients: " + ("ok" if not problems else "PROBLEMS"))
    for problem in problems:
        print(f"  {problem}")
    return size or 1300


def bench_key(base_url: str, admin: requests.Session) -> str:
    """A front desk's key of the bench's own, with a rate limit far above the run when the API takes one;
    else the admin key."""
    schema = admin.get(f"{base_url}/api/v1/openapi.json", timeout=10).json()
    fields = schema.get("components", {}).get("schemas", {}).get("ApiKeyCreate", {}).get("properties", {})
    if "rate_limit" not in fields:
        print("bench key: the API takes no per-key rate limit yet; using the admin key")
        return admin.headers["Authorization"].removeprefix("Bearer ")
    limit = "1000000/second" if fields["rate_limit"].get("type") == "string" else 1_000_000_000
    created = admin.post(
        f"{base_url}/api/v1/api-keys",
        timeout=10,
        json={"name": "bench front desk", "scopes": list(FRONT_DESK_SCOPES), "rate_limit": limit},
    )
    if created.status_code != 201:
        print(f"bench key: POST /api-keys answered {created.status_code}; using the admin key")
        return admin.headers["Authorization"].removeprefix("Bearer ")
    return created.json()["secret"]


def data_files(scratch: Path, seeded: Seeded, rng: random.Random) -> dict[str, str]:
    ids = scratch / "ids.txt"
    ids.write_text("\n".join(c[0] for c in seeded.clients if c[0] not in seeded.heavy) + "\n")
    prefixes = []
    for _, first, last, phone in rng.sample(seeded.clients, min(3000, len(seeded.clients))):
        prefixes += [
            first[: rng.randint(2, 4)],
            last[: rng.randint(3, 5)],
            f"{first} {last[:2]}",
            "0" + phone[3:][: rng.randint(5, 9)],
        ]
    (scratch / "prefixes.txt").write_text("\n".join(quote(p) for p in prefixes) + "\n")
    (scratch / "tabs.txt").write_text("\n".join(seeded.tabs) + "\n")
    return {"BENCH_IDS": str(ids), "BENCH_PREFIXES": str(scratch / "prefixes.txt"), "BENCH_TABS": str(scratch / "tabs.txt")}


def scenarios(args, suite: BenchSuite, seeded: Seeded, key: str, typical: str, files: dict[str, str]) -> list[Row]:
    def load(name: str, script: str, url: str = suite.base_url, *, connections: int | None = None, **env: str) -> Row:
        print(f"  {name} ...", flush=True)
        time.sleep(2)  # let relays and caches settle after the previous scenario
        connections = connections or args.connections
        if script == "card.lua":  # the same card again and again: its first, cold read is the cold rows' business
            card = f"{url}/api/v1/clients/{env['BENCH_CLIENT']}/card"
            requests.get(card, headers={"Authorization": f"Bearer {key}"}, timeout=30)
        return wrk(name, script, url, connections=connections, seconds=args.seconds, env={"BENCH_KEY": key, **files, **env})

    def at(name: str, rate: float, path_of) -> Row:
        print(f"  {name} ...", flush=True)
        time.sleep(2)
        return at_rate(name, path_of, base_url=suite.base_url, key=key, rate=rate, seconds=args.seconds)

    # wrk's rows are throughput at saturation: with 16 connections a 2-core machine is saturated by any
    # request that needs a service, and its p99 is the queue's length. Latency is read at a stated rate.
    ids = Path(files["BENCH_IDS"]).read_text().split()
    prefixes = Path(files["BENCH_PREFIXES"]).read_text().split()
    rng = random.Random(args.seed)
    cold_order = rng.sample(ids, len(ids))

    rows = [load(FLOOR, "floor.lua", suite.floor_url), load(WARM, "card.lua", BENCH_CLIENT=typical)]
    if cache_exists():
        suite.flush_card_cache()
    rows.append(load("cold card (another client each request)", "cold_card.lua"))
    rows.append(load("fan-out floor: five no-op RPCs, nothing else", "cold_card.lua", suite.fanout_url))
    if cache_exists():
        suite.flush_card_cache()
    rows.append(
        at(
            f"cold card at {COLD_CARDS_PER_S}/s (open loop)",
            COLD_CARDS_PER_S,
            lambda i: f"/api/v1/clients/{cold_order[i % len(cold_order)]}/card",
        )
    )
    if seeded.heavy:
        rows.append(load("card, heavy client (~10,000 items)", "card.lua", BENCH_CLIENT=seeded.heavy[0]))
    if seeded.light:
        rows.append(load("card, light client (a few items)", "card.lua", BENCH_CLIENT=seeded.light))
    rows.append(load("search as you type (?q=prefix)", "search.lua"))
    rows.append(
        at(
            f"search as you type at {SEARCHES_PER_S}/s (open loop)",
            SEARCHES_PER_S,
            lambda i: f"/api/v1/clients?limit=20&q={prefixes[rng.randrange(len(prefixes))]}",
        )
    )
    timeline = requests.get(
        f"{suite.base_url}/api/v1/clients/{typical}/timeline", timeout=30, headers={"Authorization": f"Bearer {key}"}
    )
    rows.append(load("timeline page", "timeline.lua") if timeline.status_code == 200 else Row("timeline page", note="not built"))
    rows.append(load("front desk: 80% reads, 20% writes", "front_desk.lua"))
    flows = Flows(suite.base_url, key, [c[0] for c in seeded.clients[args.heavy + 100 :]] or [typical])
    print("  payment then card, payment-to-points lag ...", flush=True)
    rows.append(flows.payment_then_card(args.seconds))
    rows.append(flows.payment_to_points_lag(args.seconds))
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
