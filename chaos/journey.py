"""One client's visit to the salon, as the load plays it: each write with an Idempotency-Key of
its own, sent again with the same key until the API acknowledges or refuses it.

The steps run in order (a payment needs its invoice); a journey whose step failed is set aside
until its retry time, so the load goes on with other journeys while a service is down.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

# money in minor units: invoice 60.00, card payment 25.00, top-up 30.00, paid from balance 15.00,
# refund 10.00 to the balance, so a finished journey leaves a balance of 25.00
INVOICE, CARD_PAYMENT, TOP_UP, BALANCE_PAYMENT, REFUND, BONUS_POINTS = 6000, 2500, 3000, 1500, 1000, 5
FINAL_BALANCE = TOP_UP - BALANCE_PAYMENT + REFUND
STEPS = ("client", "visit", "invoice", "payment", "top_up", "balance_payment", "refund", "points", "message", "upload", "card")
WRITES = STEPS[:-1]  # the card read closes a journey; its answers count for 5xx only
PENDING, SENT, ACKED, REJECTED = "pending", "sent", "acked", "rejected"


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


@dataclass
class Step:
    name: str
    key: str
    state: str = PENDING  # SENT: sent at least once without a definitive answer (outcome unknown)
    scenario: str | None = None  # the scenario running when it was first sent
    detail: str = ""


@dataclass
class Journey:
    number: int
    run_id: str
    scenario: str
    location_id: str
    steps: list[Step] = field(default_factory=list)
    position: int = 0
    client_id: str | None = None
    invoice_id: str | None = None
    card_id: str | None = None
    next_at: float = 0.0

    def __post_init__(self):
        if not self.steps:
            self.steps = [Step(name, f"chaos-{self.run_id}-{self.number}-{name}") for name in STEPS]

    @property
    def email(self) -> str:
        return f"chaos.{self.run_id}.{self.number}@example.com"

    @property
    def done(self) -> bool:
        return self.position >= len(self.steps)

    @property
    def current(self) -> Step:
        return self.steps[self.position]

    def step(self, name: str) -> Step:
        return next(s for s in self.steps if s.name == name)


class Requests:
    """The HTTP request of each step, over one worker's session (`api` is the /api/v1 base URL)."""

    def __init__(self, session, api: str, timeout: float):
        self.session, self.api, self.timeout = session, api, timeout

    def _post(self, path: str, key: str, **kwargs):
        return self.session.post(f"{self.api}{path}", headers={"Idempotency-Key": key}, timeout=self.timeout, **kwargs)

    def send(self, journey: Journey):
        """Send the current step once; returns the response (requests' exceptions propagate)."""
        step = journey.current
        return getattr(self, f"_{step.name}")(journey, step)

    def _client(self, j: Journey, step: Step):
        response = self._post(
            "/clients",
            step.key,
            json={"first_name": "Chaos", "last_name": f"Journey {j.number}", "email": j.email, "home_location_id": j.location_id},
        )
        if response.status_code == 201:
            j.client_id = response.json()["id"]
        return response

    def _visit(self, j: Journey, step: Step):
        starts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=2)
        return self._post(
            f"/clients/{j.client_id}/visits",
            step.key,
            json={
                "starts_at": starts.isoformat(),
                "ends_at": (starts + dt.timedelta(hours=1)).isoformat(),
                "service": "Cut",
                "staff": "Sam",
                "location_id": j.location_id,
                "status": "booked",
                "external_id": step.key,
            },
        )

    def _invoice(self, j: Journey, step: Step):
        response = self._post(
            f"/clients/{j.client_id}/invoices",
            step.key,
            json={
                "location_id": j.location_id,
                "lines": [{"description": "Colour", "kind": "service", "quantity": 1, "unit_price": gbp(INVOICE)}],
            },
        )
        if response.status_code == 201:
            j.invoice_id = response.json()["id"]
        return response

    def _payment(self, j: Journey, step: Step):
        return self._post(f"/invoices/{j.invoice_id}/payments", step.key, json={"amount": gbp(CARD_PAYMENT), "method": "card"})

    def _top_up(self, j: Journey, step: Step):
        return self._post(f"/clients/{j.client_id}/balance/top-ups", step.key, json={"amount": gbp(TOP_UP), "method": "cash"})

    def _balance_payment(self, j: Journey, step: Step):
        return self._post(
            f"/invoices/{j.invoice_id}/payments", step.key, json={"amount": gbp(BALANCE_PAYMENT), "method": "account_balance"}
        )

    def _refund(self, j: Journey, step: Step):
        return self._post(
            f"/invoices/{j.invoice_id}/refunds",
            step.key,
            json={"amount": gbp(REFUND), "to": "account_balance", "reason": step.key},
        )

    def _points(self, j: Journey, step: Step):
        if j.card_id is None:
            found = self._loyalty_card(j, step)
            if j.card_id is None:
                return found
        return self._post(f"/loyalty-cards/{j.card_id}/adjustments", step.key, json={"points": BONUS_POINTS, "reason": step.key})

    def _loyalty_card(self, j: Journey, step: Step):
        """The client's loyalty card: the one a payment's points issued, else a new one (a 409 or 422
        "already has an active loyalty card" means the payment's event issued it meanwhile: read it again)."""
        for _ in range(2):
            response = self.session.get(f"{self.api}/clients/{j.client_id}/loyalty", timeout=self.timeout)
            if response.status_code != 200:
                return response
            cards = [
                c["id"] for c in response.json().get("cards", []) if c.get("type") == "loyalty" and c.get("status") == "active"
            ]
            if cards:
                j.card_id = cards[0]
                return response
            response = self._post(f"/clients/{j.client_id}/loyalty-cards", f"{step.key}-card", json={"type": "loyalty"})
            if response.status_code == 201:
                j.card_id = response.json()["id"]
                return response
            if response.status_code not in (409, 422):
                return response
        return response

    def _message(self, j: Journey, step: Step):
        return self._post(
            f"/clients/{j.client_id}/messages",
            step.key,
            json={"channel": "email", "subject": "Chaos", "body": f"Thank you ({step.key})"},
        )

    def _upload(self, j: Journey, step: Step):
        # uploads take no Idempotency-Key: after an unknown outcome, look for the file before sending it again
        if step.state == SENT:
            listed = self.session.get(f"{self.api}/clients/{j.client_id}/files", params={"limit": 200}, timeout=self.timeout)
            if listed.status_code != 200 or any(f.get("caption") == step.key for f in listed.json()["items"]):
                return listed
        return self.session.post(
            f"{self.api}/clients/{j.client_id}/files",
            timeout=self.timeout,
            data={"kind": "document", "caption": step.key},
            files={"file": ("note.txt", io.BytesIO(step.key.encode()), "text/plain")},
        )

    def _card(self, j: Journey, step: Step):
        return self.session.get(f"{self.api}/clients/{j.client_id}/card", timeout=self.timeout)
