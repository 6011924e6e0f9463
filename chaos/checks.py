"""After the last scenario: wait for the events to settle, then check every write and every
invariant from the databases and the API (the judgements themselves are in verdicts.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from chaos import verdicts as v
from chaos.evidence import Evidence, api_figures
from chaos.journey import ACKED
from chaos.load import Load
from chaos.report import Check
from chaos.suite import ChaosSuite

SETTLE_S = 120.0
EXAMPLES = 5


@dataclass
class Settled:
    seconds: float
    unpublished: dict[str, int]
    queued: int
    unfinished_messages: int


def _event_backlog(suite: ChaosSuite) -> int:
    return sum(depth for queue, depth in suite.queue_depths().items() if queue.startswith("evt-"))


def settle(suite: ChaosSuite, load: Load) -> Settled:
    """Wait until every outbox is drained, every event queue is empty, every parked event retried and
    every message is final."""
    evidence, began = Evidence(suite.databases), time.monotonic()
    clients = [j.client_id for j in load.journeys if j.client_id]
    while True:
        state = Settled(
            time.monotonic() - began,
            evidence.unpublished(),
            _event_backlog(suite),
            v.unfinished_messages(evidence.message_statuses(clients)),
        )
        # a parked event is retried with backoff once its cause is gone: settled means retried too
        parked = any(evidence.parked().values())
        if (
            not any(state.unpublished.values()) and not state.queued and not state.unfinished_messages and not parked
        ) or state.seconds > SETTLE_S:
            return state
        time.sleep(1)


def _examples(items: list[str]) -> str:
    return ", ".join(items[:EXAMPLES]) + (f" and {len(items) - EXAMPLES} more" if len(items) > EXAMPLES else "")


def verify(
    suite: ChaosSuite, load: Load, admin: requests.Session, settled: Settled, left_open: int
) -> tuple[dict[str, v.StepVerdicts], list[Check]]:
    evidence = Evidence(suite.databases)
    verdicts = v.judge_journeys(load.journeys, evidence.found(load.journeys))
    lost = [x for s in verdicts.values() for x in s.lost]
    duplicated = [x for s in verdicts.values() for x in s.duplicated]
    rejected = [x for s in verdicts.values() for x in s.rejected]
    clients = [j.client_id for j in load.journeys if j.client_id]
    payments = evidence.payments(clients)
    earnings = evidence.earnings(clients)
    finished = [j for j in load.journeys if j.done and all(s.state == ACKED for s in j.steps)]
    figures = api_figures(admin, f"{suite.base_url}/api/v1", finished)
    by_client: dict[str, list[v.Earning]] = {}
    for client_id, earning in earnings.values():
        by_client.setdefault(client_id, []).append(earning)
    balances = [p for j in finished if (p := v.balance_problem(j, figures[j.number][0]))]
    points = [p for j in finished if (p := v.points_problem(j, figures[j.number][1], by_client.get(j.client_id, [])))]
    earned = v.points_problems(payments, {pid: e for pid, (_, e) in earnings.items()})
    parked = evidence.parked()
    listed = admin.get(f"{suite.base_url}/api/v1/parked-events", timeout=30)
    parked_api = len(listed.json()["items"]) if listed.status_code == 200 else f"answered {listed.status_code}"
    unbalanced = evidence.unbalanced_transactions()
    found = [
        Check(
            "every journey finished, each write acknowledged once retried with its key",
            not left_open and not rejected,
            f"{left_open} open, {len(rejected)} refused: {_examples(rejected)}"
            if left_open or rejected
            else f"{len(load.journeys):,} journeys",
        ),
        Check("every acknowledged write present", not lost, _examples(lost)),
        Check(
            "no write applied twice (payments, refunds, top-ups, points, visits, messages, files)",
            not duplicated,
            _examples(duplicated),
        ),
        Check("every ledger transaction sums to zero", unbalanced == 0, f"{unbalanced} unbalanced" if unbalanced else ""),
        Check(
            "loyalty holds every payment once, for its amount, earning its whole units in points",
            not earned,
            _examples(earned) if earned else f"{len(payments):,} payments",
        ),
        Check(
            "API balance of every finished journey is what its payments, top-up and refund make",
            not balances,
            _examples(balances),
        ),
        Check("API points equal what the payments earned plus adjustments", not points, _examples(points)),
        Check(
            "every message reached a final status",
            not settled.unfinished_messages,
            f"{settled.unfinished_messages} not final" if settled.unfinished_messages else "",
        ),
        Check(
            "outboxes drained",
            not any(settled.unpublished.values()),
            ", ".join(f"{k} {n}" for k, n in settled.unpublished.items() if n),
        ),
        Check("event queues empty", not settled.queued, f"{settled.queued} waiting" if settled.queued else ""),
        Check(
            "nothing parked (tables and GET /parked-events)",
            not any(parked.values()) and parked_api == 0,
            f"tables {parked}, API {parked_api}" if any(parked.values()) or parked_api != 0 else "",
        ),
    ]
    found.append(Check(f"settled within {SETTLE_S:.0f} s", settled.seconds <= SETTLE_S, f"{settled.seconds:.0f} s"))
    return verdicts, found
