"""The steady mixed load: a few worker threads, each playing several journeys at once, every
request recorded as an Attempt under the scenario that was running when it was sent."""

from __future__ import annotations

import itertools
import threading
import time

import requests

from chaos import outcomes
from chaos.journey import ACKED, REJECTED, SENT, Journey, Requests

REQUEST_TIMEOUT_S = 15.0


class Load:
    def __init__(
        self, base_url: str, key: str, location_id: str, run_id: str, *, workers: int, journeys_each: int, pause_s: float
    ):
        self.api = f"{base_url}/api/v1"
        self.key, self.location_id, self.run_id = key, location_id, run_id
        self.workers, self.journeys_each, self.pause_s = workers, journeys_each, pause_s
        self.scenario = "start"
        self.attempts: list[outcomes.Attempt] = []  # list.append is atomic: the workers share it
        self.journeys: list[Journey] = []
        self._numbers = itertools.count(1)
        self._starting = threading.Event()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self.in_flight: dict[str, float] = {}  # worker name -> when its current request was sent

    # -- control ---------------------------------------------------------------------------
    def start(self) -> None:
        self._starting.set()
        self._threads = [threading.Thread(target=self._work, name=f"chaos-load-{n}", daemon=True) for n in range(self.workers)]
        for thread in self._threads:
            thread.start()

    def finish(self, deadline_s: float) -> int:
        """Start no more journeys; let the open ones finish within `deadline_s`. Returns how many are left open."""
        self._starting.clear()
        ends = time.monotonic() + deadline_s
        while time.monotonic() < ends and any(not j.done for j in self.journeys):
            time.sleep(0.5)
        self._stopping.set()
        for thread in self._threads:
            thread.join(timeout=REQUEST_TIMEOUT_S + 5)
        return sum(1 for j in self.journeys if not j.done)

    def oldest_in_flight(self) -> float | None:
        return min(self.in_flight.values(), default=None)

    # -- one worker ------------------------------------------------------------------------
    def _work(self) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.key}"
        sender = Requests(session, self.api, REQUEST_TIMEOUT_S)
        mine: list[Journey] = []
        while not self._stopping.is_set():
            mine = [j for j in mine if not j.done]
            now = time.monotonic()
            due = [j for j in mine if j.next_at <= now]
            if due:
                self._advance(sender, min(due, key=lambda j: j.next_at))
            elif len(mine) < self.journeys_each and self._starting.is_set():
                journey = Journey(next(self._numbers), self.run_id, self.scenario, self.location_id)
                self.journeys.append(journey)
                mine.append(journey)
                continue
            else:
                time.sleep(min(0.2, max(0.01, min((j.next_at for j in mine), default=now + 0.2) - now)))
                continue
            time.sleep(self.pause_s)

    def _advance(self, sender: Requests, journey: Journey) -> None:
        step = journey.current
        if step.scenario is None:
            step.scenario = self.scenario
        started = time.monotonic()
        status, retry_after = None, None
        worker = threading.current_thread().name
        self.in_flight[worker] = started
        try:
            response = sender.send(journey)
            status, retry_after = response.status_code, response.headers.get("Retry-After")
            if not 200 <= status < 300:
                step.detail = f"{status} {' '.join(response.text[:300].split())}"
        except requests.RequestException as error:
            step.detail = f"no answer: {type(error).__name__}"
        finally:
            self.in_flight.pop(worker, None)
        outcome = outcomes.classify(status, retry_after)
        detail = step.detail if outcome not in (outcomes.ACKED, outcomes.DOCUMENTED) else ""
        self.attempts.append(outcomes.Attempt(self.scenario, step.name, started, time.monotonic(), outcome, status, detail))
        if outcome == outcomes.ACKED:
            step.state, step.detail = ACKED, ""
            journey.position += 1
        elif outcome == outcomes.REJECTED:
            step.state = REJECTED  # a bug in the load or the API: the journey cannot go on
            journey.position = len(journey.steps)
        else:
            step.state = SENT
            journey.next_at = time.monotonic() + outcomes.retry_delay(outcome, retry_after)
