"""Scenarios that chain requests, run as Python loops on one connection: a payment followed by
the card until it shows the points, and the payment-to-points lag seen on GET /loyalty."""

from __future__ import annotations

import itertools
import time

import requests

from bench.load import Row

POLL_S = 0.005
GIVE_UP_S = 10.0
PRICE_MINOR = 4500  # earns 45 points at the default 1 point per unit


def percentile(samples: list[float], fraction: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def row(scenario: str, samples_s: list[float], errors: int, wall_s: float) -> Row:
    ms = [s * 1000 for s in samples_s]
    return Row(
        scenario,
        rps=len(ms) / wall_s if wall_s else None,
        p50_ms=percentile(ms, 0.50),
        p95_ms=percentile(ms, 0.95),
        p99_ms=percentile(ms, 0.99),
        errors=errors,
        requests=len(ms),
    )


class Flows:
    def __init__(self, base_url: str, key: str, client_ids: list[str]):
        self.api = f"{base_url}/api/v1"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {key}"
        self.clients = itertools.cycle(client_ids)

    def _pay(self, client_id: str) -> bool:
        invoice = self.session.post(
            f"{self.api}/clients/{client_id}/invoices",
            timeout=10,
            json={
                "lines": [
                    {
                        "description": "Blow-dry",
                        "kind": "service",
                        "quantity": 1,
                        "unit_price": {"amount": PRICE_MINOR, "currency": "GBP"},
                    }
                ]
            },
        )
        if invoice.status_code != 201:
            return False
        paid = self.session.post(
            f"{self.api}/invoices/{invoice.json()['id']}/payments",
            timeout=10,
            json={"amount": {"amount": PRICE_MINOR, "currency": "GBP"}, "method": "card"},
        )
        return paid.status_code in (200, 201)

    def _wait_for(self, read, target: int) -> bool:
        deadline = time.monotonic() + GIVE_UP_S
        while time.monotonic() < deadline:
            value = read()
            if value is not None and value >= target:
                return True
            time.sleep(POLL_S)
        return False

    def _card_points(self, client_id: str) -> int | None:
        response = self.session.get(f"{self.api}/clients/{client_id}/card", timeout=10)
        return response.json()["summary"]["loyalty_points"] if response.status_code == 200 else None

    def _loyalty_points(self, client_id: str) -> int | None:
        response = self.session.get(f"{self.api}/clients/{client_id}/loyalty", timeout=10)
        return response.json()["points"] if response.status_code == 200 else None

    def payment_then_card(self, seconds: float) -> Row:
        """Invoice, payment, then the card polled until its points include the payment's."""
        return self._loop("payment, then card shows points", seconds, self._card_points, start_after_payment=False)

    def payment_to_points_lag(self, seconds: float) -> Row:
        """From the payment's answer to GET /loyalty showing its points, polled every 5 ms."""
        return self._loop("payment-to-points lag (/loyalty)", seconds, self._loyalty_points, start_after_payment=True)

    def _loop(self, scenario: str, seconds: float, read, *, start_after_payment: bool) -> Row:
        samples, errors = [], 0
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            client_id = next(self.clients)
            before = self._loyalty_points(client_id)
            if before is None:
                errors += 1
                continue
            began = time.perf_counter()
            if not self._pay(client_id):
                errors += 1
                continue
            if start_after_payment:
                began = time.perf_counter()
            if self._wait_for(lambda c=client_id: read(c), before + PRICE_MINOR // 100):
                samples.append(time.perf_counter() - began)
            else:
                errors += 1
        return row(scenario, samples, errors, time.monotonic() - started)
