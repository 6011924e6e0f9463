"""The scenarios: one fault each, injected under the running load, lifted, then watched until the
load sees no failure for a while (and, for a filled queue, until the backlog is consumed)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from chaos.load import Load
from chaos.suite import ChaosSuite

SERVICES = ("profile", "billing", "loyalty", "messaging", "files")
GIVE_UP_S = 120.0


@dataclass(frozen=True)
class Fault:
    name: str
    inject: Callable[[ChaosSuite], None]
    lift: Callable[[ChaosSuite], None]
    hold_s: float
    backlog_of: str | None = None  # the service whose queues must be empty again before it counts as recovered


@dataclass
class Played:
    started: float
    lifted: float
    recovery_s: float | None  # None: still failing when the run gave up on it
    note: str = ""


def _nothing(suite: ChaosSuite) -> None:
    pass


def _processes(service: str) -> tuple[str, ...]:
    return ("messaging", "messaging_channels") if service == "messaging" else (service,)


def _kill(names: tuple[str, ...]) -> Callable[[ChaosSuite], None]:
    def inject(suite: ChaosSuite) -> None:
        for name in names:
            suite.kill(name)

    return inject


def _restart(names: tuple[str, ...]) -> Callable[[ChaosSuite], None]:
    def lift(suite: ChaosSuite) -> None:
        for name in names:
            suite.restart(name)

    return lift


def _terminate_connections(suite: ChaosSuite) -> None:
    # three rounds: pools that reconnected after the first round lose their connections again
    for _ in range(3):
        suite.terminate_connections()
        time.sleep(2)


def catalogue(*, down_s: float, broker_cut_s: float, fill_s: float) -> list[Fault]:
    faults = [Fault("steady load, no fault", _nothing, _nothing, 0)]
    faults += [
        Fault(f"kill -9 {service}, restart", _kill(_processes(service)), _restart(_processes(service)), down_s)
        for service in SERVICES
    ]
    faults += [
        Fault("kill -9 gateway, restart", _kill(("gateway",)), _restart(("gateway",)), down_s),
        Fault(f"broker cut {broker_cut_s:g} s (TCP proxy)", lambda s: s.proxy.cut(), lambda s: s.proxy.restore(), broker_cut_s),
        Fault("PostgreSQL connections terminated (3 rounds)", _terminate_connections, _nothing, 0),
        Fault(
            f"loyalty stopped {fill_s:g} s, queue filled, started",
            lambda s: s.stop_one("loyalty"),
            _restart(("loyalty",)),
            fill_s,
            backlog_of="loyalty",
        ),
    ]
    return faults


def backlog(suite: ChaosSuite, service: str) -> int:
    """Events waiting in the service's own event queues (nameko names them evt-<source>-<event>--<service>.<handler>)."""
    return sum(depth for queue, depth in suite.queue_depths().items() if f"--{service}." in queue)


def play(fault: Fault, suite: ChaosSuite, load: Load, *, warm_s: float, quiet_s: float) -> Played:
    load.scenario = fault.name
    started = time.monotonic()
    time.sleep(warm_s)
    fault.inject(suite)
    time.sleep(fault.hold_s)
    note = f"{backlog(suite, fault.backlog_of)} events queued for {fault.backlog_of}" if fault.backlog_of else ""
    lifted = time.monotonic()
    fault.lift(suite)
    recovered = _quiet(load, started, lifted, quiet_s)
    if recovered is not None and fault.backlog_of:
        recovered = max(recovered, _drained(suite, fault.backlog_of, lifted))
    return Played(started, lifted, None if recovered is None else max(0.0, recovered - lifted), note)


def _quiet(load: Load, started: float, lifted: float, quiet_s: float) -> float | None:
    """When the load last failed in this scenario, once `quiet_s` passed since with requests
    acknowledged and none hanging (a request still waiting may yet fail)."""
    while time.monotonic() - lifted < GIVE_UP_S:
        now = time.monotonic()
        last = recovery_point([(a.ended, a.failed) for a in load.attempts if a.started >= started], lifted)
        oldest = load.oldest_in_flight()
        acked_since = any(not a.failed and a.ended > last for a in load.attempts[-200:])
        if now - last >= quiet_s and acked_since and (oldest is None or now - oldest < quiet_s):
            return last
        time.sleep(0.5)
    return None


def recovery_point(answers: list[tuple[float, bool]], lifted: float) -> float:
    """The end of the last failed answer (`(ended, failed)` pairs), or the moment the fault was lifted."""
    return max([lifted, *(ended for ended, failed in answers if failed)])


def _drained(suite: ChaosSuite, service: str, lifted: float) -> float:
    while time.monotonic() - lifted < GIVE_UP_S and backlog(suite, service) > 0:
        time.sleep(1)
    return time.monotonic()
