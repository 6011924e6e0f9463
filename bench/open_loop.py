"""Latency at a stated arrival rate: requests start on a fixed schedule whatever the answers do (an open
loop), and each one's latency counts from when it was due, so a stall shows in every request it delayed.

wrk's connections wait for their answer before asking again (a closed loop): at 16 connections on two cores
a request that needs the services spends most of its time queued behind the other fifteen, and the p99 it
reports is the queue's length at saturation, not what a front desk waits. The latency targets are read here,
at a rate above a large chain's busiest hour; wrk's rows give the throughput at saturation.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import requests

from bench.flows import row
from bench.load import Row

IN_FLIGHT = 64  # requests that may be outstanding at once before the schedule itself slips


def at_rate(scenario: str, path_of: Callable[[int], str], *, base_url: str, key: str, rate: float, seconds: float) -> Row:
    """GET `base_url + path_of(i)` for i = 0, 1, ... at `rate` per second for `seconds`."""
    local = threading.local()
    samples: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def session() -> requests.Session:
        if not hasattr(local, "session"):
            local.session = requests.Session()
            local.session.headers["Authorization"] = f"Bearer {key}"
        return local.session

    def one(i: int, due: float) -> None:
        time.sleep(max(0.0, due - time.monotonic()))
        try:
            ok = session().get(base_url + path_of(i), timeout=10).status_code < 400
        except requests.RequestException:
            ok = False
        latency = time.monotonic() - due
        with lock:
            samples.append(latency)
            errors[0] += 0 if ok else 1

    count = int(rate * seconds)
    started = time.monotonic() + 0.5  # the pool's threads start before the first is due
    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        for i in range(count):
            due = started + i / rate
            time.sleep(max(0.0, due - 0.2 - time.monotonic()))  # queue each shortly before it is due
            pool.submit(one, i, due)
    return row(scenario, samples, errors[0], time.monotonic() - started)
