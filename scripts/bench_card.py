"""Load the card endpoint of a running suite (`make up`) and print throughput and latency.

    .venv/bin/python scripts/bench_card.py --concurrency 16 --seconds 20

Creates its own clients first; every figure is printed, nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from pathlib import Path

import requests


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    port = os.environ.get("CLIENTCARD_PORT", "8080")
    parser.add_argument("--url", default=os.environ.get("CLIENTCARD_URL", f"http://127.0.0.1:{port}"))
    parser.add_argument("--key", default=os.environ.get("CLIENTCARD_ADMIN_KEY"), help="default: .clientcard/admin_key")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()

    key = args.key or Path(".clientcard/admin_key").read_text().strip()
    headers = {"Authorization": f"Bearer {key}"}
    create = f"{args.url}/api/v1/clients"
    ids = [
        requests.post(create, json={"first_name": "Bench", "last_name": str(i)}, headers=headers, timeout=10).json()["id"]
        for i in range(args.clients)
    ]
    latencies: list[float] = []
    errors = {"http": 0, "partial": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def worker(offset: int) -> None:
        session = requests.Session()
        session.headers.update(headers)
        i = offset
        while time.monotonic() < deadline:
            started = time.perf_counter()
            response = session.get(f"{args.url}/api/v1/clients/{ids[i % len(ids)]}/card", timeout=10)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if response.status_code != 200:
                    errors["http"] += 1
                elif response.json()["unavailable"]:
                    errors["partial"] += 1
            i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started

    ms = [x * 1000 for x in latencies]
    print(f"card requests: {len(ms)} in {wall:.1f} s with {args.concurrency} connections")
    print(f"throughput:    {len(ms) / wall:.0f} req/s")
    print(f"latency ms:    p50 {percentile(ms, 0.50):.1f}  p95 {percentile(ms, 0.95):.1f}  "
          f"p99 {percentile(ms, 0.99):.1f}  max {max(ms):.1f}  mean {statistics.mean(ms):.1f}")
    print(f"errors:        {errors['http']} non-200, {errors['partial']} cards with unavailable sections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
