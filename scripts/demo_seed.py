"""Seeding what the demo chain's imports do not bring, through the public API, a client at a time.

Every call goes to /api/v1 with the admin key, like any integrator's; a failed call stops the run with
the API's problem, so a broken demo never passes for a full one.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta

import demo_data as data
import requests

GBP = "GBP"
BUSY = (502, 503, 504)
RETRIES = 3


class DemoFailed(RuntimeError):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Api:
    def __init__(self, base_url: str, key: str):
        self.base = base_url.rstrip("/") + "/api/v1"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {key}"

    def call(self, method: str, path: str, **kwargs) -> dict | None:
        headers = kwargs.pop("headers", {})
        if method == "POST":  # the same key on a retry: the money-moving writes happen once
            headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        for attempt in range(RETRIES + 1):
            response = self.session.request(method, self.base + path, headers=headers, timeout=60, **kwargs)
            if response.status_code not in BUSY or attempt == RETRIES:
                break
            time.sleep(1 + attempt)  # a service that did not answer in time on a machine busy with other work
        if response.status_code >= 400:
            raise DemoFailed(f"{method} {path}: {response.status_code} {response.text[:400]}", response.status_code)
        return response.json() if response.content else None

    def get(self, path, **kwargs):
        return self.call("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.call("POST", path, **kwargs)

    def patch(self, path, **kwargs):
        return self.call("PATCH", path, **kwargs)

    def put(self, path, **kwargs):
        return self.call("PUT", path, **kwargs)

    failure = DemoFailed


def money(amount: int) -> dict:
    return {"amount": amount, "currency": GBP}


def locations(api: Api) -> list[dict]:
    """The chain's three locations, reused when a location of that name exists."""
    existing = {item["name"]: item for item in api.get("/locations?limit=200")["items"]}
    return [existing.get(name) or api.post("/locations", json={"name": name, "timezone": zone}) for name, zone in data.LOCATIONS]


def consent_template(api: Api) -> dict:
    title = "Colour and patch test consent"
    for template in api.get("/consent-templates?limit=100")["items"]:
        if template["title"] == title:
            return template
    return api.post(
        "/consent-templates",
        json={
            "title": title,
            "services": ["Colour", "Balayage"],
            "validity_months": 12,
            "body": "Hair colour can cause allergic reactions. A patch test 48 hours before the service is required.\n"
            "I confirm the information below is true and that I have had a patch test.",
            "fields": [
                {"key": "allergies", "label": "Known allergies", "required": True},
                {"key": "medication", "label": "Current medication"},
            ],
            "checkboxes": [{"key": "patch_test", "label": "I had a patch test in the last 7 days", "required": True}],
        },
    )


def _sales(api: Api, rng: random.Random, client_id: str, visits: list[dict]) -> None:
    """An invoice per completed visit, most paid in full by card or cash (so points); the odd one left owing."""
    prices = {name: price for name, price, _ in data.SERVICES}
    for visit in visits:
        lines = [
            {
                "description": visit["service"],
                "kind": "service",
                "quantity": 1,
                "unit_price": money(prices[visit["service"]]),
                "staff": visit.get("staff"),
            }
        ]
        if rng.random() < 0.25:
            product, product_price = rng.choice(data.PRODUCTS)
            lines.append({"description": product, "kind": "product", "quantity": 1, "unit_price": money(product_price)})
        invoice = api.post(
            f"/clients/{client_id}/invoices",
            json={"location_id": visit.get("location_id"), "visit_id": visit["id"], "lines": lines},
        )
        due = invoice["due"]["amount"]
        roll = rng.random()
        if roll < 0.08:
            continue  # still owed: the balance shows it in red
        paid = due if roll > 0.15 else due // 2
        method = rng.choice(("card", "card", "cash"))
        api.post(f"/invoices/{invoice['id']}/payments", json={"amount": money(paid), "method": method})


def _files(api: Api, rng: random.Random, client_id: str, index: int) -> None:
    if rng.random() < 0.7:
        portrait = api.post(
            f"/clients/{client_id}/files",
            data={"kind": "photo", "caption": "Profile photo"},
            files={"file": (f"portrait-{index}.png", data.portrait(rng), "image/png")},
        )
        api.put(f"/clients/{client_id}/photo", json={"file_id": portrait["id"]})  # the card's header shows it
    if rng.random() < 0.3:
        before = api.post(
            f"/clients/{client_id}/files",
            data={"kind": "photo", "stage": "before", "caption": "Before colour"},
            files={"file": ("before.png", data.treatment_photo(rng, False), "image/png")},
        )
        api.post(
            f"/clients/{client_id}/files",
            data={"kind": "photo", "stage": "after", "pair_id": before["pair_id"], "caption": "After colour"},
            files={"file": ("after.png", data.treatment_photo(rng, True), "image/png")},
        )


def _messages(api: Api, rng: random.Random, client_id: str, first_name: str) -> None:
    for channel, subject, body in rng.sample(data.MESSAGES, k=rng.randint(1, 2)):
        text = body.format(first=first_name, service=rng.choice(data.SERVICES)[0], day="Friday", time="10:30")
        api.post(f"/clients/{client_id}/messages", json={"channel": channel, "subject": subject, "body": text})


def _pinned_note(api: Api, rng: random.Random, client_id: str) -> None:
    # a pinned note shows among the card's alerts: a few of them, not every rich client's (their
    # other notes came with the import)
    if rng.random() < 0.15:
        api.post(f"/clients/{client_id}/notes", json={"body": rng.choice(data.NOTES), "kind": "general", "pinned": True})


def _consent(api: Api, rng: random.Random, client: dict, template: dict) -> None:
    api.post(
        f"/clients/{client['id']}/consents",
        json={
            "template_id": template["id"],
            "signer_name": f"{client['first_name']} {client['last_name']}",
            "answers": {"allergies": rng.choice(("None known", "Hay fever", "Nickel")), "medication": "None", "patch_test": True},
            "signature_base64": data.signature(rng),
            "user_agent": "Clientcard demo",
        },
    )


def enrich(api: Api, entry, template: dict, *, seed: int) -> None:
    """What an import does not bring, for a rich client, through the API: messages, now and then a pinned note,
    photos and a signed consent (none of them needs the visits)."""
    rng = random.Random(seed * 100_019 + entry.index)
    client = entry.client
    _messages(api, rng, client["id"], client["first_name"])
    _pinned_note(api, rng, client["id"])
    _files(api, rng, client["id"], entry.index)
    _consent(api, rng, client, template)


def sell_last_visit(api: Api, entry, *, seed: int) -> None:
    """The sale of a rich client's last completed visit, once imported: an invoice, mostly paid (so
    points). Sales are the slowest calls, so they stay with the rich few; the rest came as history."""
    rng = random.Random(seed * 100_043 + entry.index)
    cid = entry.client["id"]
    visits = [
        visit for visit in api.get(f"/clients/{cid}/visits", params={"limit": 100})["items"] if visit["status"] == "completed"
    ]
    _sales(api, rng, cid, sorted(visits, key=lambda visit: visit["starts_at"])[-1:])


def extras(api: Api, clients: list[dict], *, now: datetime) -> None:
    """What a chain has a few of: a household, gift cards, memberships, credit packs, one duplicate."""
    parent, child, partner = clients[0], clients[1], clients[2]
    api.patch(
        f"/clients/{parent['id']}",
        json={
            "linked_clients": [
                {"client_id": child["id"], "relation": "child"},
                {"client_id": partner["id"], "relation": "partner"},
            ]
        },
    )
    for client in clients[3:5]:
        api.post(
            f"/clients/{client['id']}/loyalty-cards",
            json={
                "type": "gift_card",
                "initial_value": money(5000),
                "expires_on": (now + timedelta(days=365)).date().isoformat(),
            },
        )
    for client in clients[5:7]:
        api.post(
            f"/clients/{client['id']}/loyalty-cards",
            json={
                "type": "membership",
                "plan": "Monthly blow-dry club",
                "price": money(4500),
                "period_months": 1,
                "next_payment_on": (now + timedelta(days=12)).date().isoformat(),
            },
        )
    for client in clients[7:9]:
        api.post(
            f"/clients/{client['id']}/loyalty-cards",
            json={
                "type": "credit_pack",
                "service": "Massage 60",
                "credits": 5,
                "expires_on": (now + timedelta(days=180)).date().isoformat(),
            },
        )
    original = clients[9]
    api.post(
        "/clients",
        json={
            "first_name": original["first_name"],
            "last_name": original["last_name"],
            "phone": original["phone"],
            "tags": ["walk-in"],
        },
    )


def now_utc() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)
