"""The demo chain's bulk, brought in the way a salon moving from another system would: two CSV files
through the public imports endpoint (`POST /imports`), one of clients with their opening balances,
points, notes and alerts, one of their visit history and upcoming bookings.

One import posts hundreds of clients in a few transactions, where the same through `POST /clients`
and its siblings took a request each; the per-client extras (sales, messages, photos) follow elsewhere.
"""

from __future__ import annotations

import csv
import io
import random
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import demo_data as data

CLIENT_COLUMNS = (
    "external_id",
    "first_name",
    "last_name",
    "phone",
    "email",
    "date_of_birth",
    "tags",
    "home_location",
    "opening_balance",
    "points",
    "points_expire_on",
    "notes",
    "alert",
    "marketing_opt_in",
    "consent_source",
    "consent_at",
)
VISIT_COLUMNS = ("external_id", "client_external_id", "starts_at", "service", "staff", "location", "status", "price")
IMPORT_BUDGET_S = 180


@dataclass
class Booked:
    """One demo client as the old system knew them: who, where, what they hold, and their visits."""

    index: int
    rich: bool  # also sold at the desk through the API, messaged, photographed, consented
    external_id: str
    person: data.Person
    home: str
    cells: dict
    visits: list[dict] = field(default_factory=list)
    client: dict | None = None  # the API's record once imported


def _pounds(minor: int) -> str:
    return f"{minor / 100:.2f}"


def _visits(rng: random.Random, external_id: str, home: str, now: datetime, least: int) -> list[dict]:
    """Past visits (the odd no-show, never the last one: everyone has a last visit) and one upcoming
    for most clients."""
    visits = []
    past = rng.randint(least, 6)
    for number, months_ago in enumerate(sorted(rng.sample(range(1, 18), k=past), reverse=True)):
        name, price, _ = rng.choice(data.SERVICES)
        starts = (now - timedelta(days=30 * months_ago + rng.randint(0, 20))).replace(hour=rng.randint(9, 17), minute=0)
        visits.append(
            {
                "external_id": f"{external_id}-v{number}",
                "client_external_id": external_id,
                "starts_at": starts.isoformat(),
                "service": name,
                "staff": rng.choice(data.STAFF),
                "location": home,
                "status": "no_show" if rng.random() < 0.07 and number < past - 1 else "completed",
                "price": _pounds(price),
            }
        )
    if rng.random() < 0.75:
        name, price, _ = rng.choice(data.SERVICES)
        starts = (now + timedelta(days=rng.randint(1, 21))).replace(hour=rng.randint(9, 17), minute=30)
        visits.append(
            {
                "external_id": f"{external_id}-next",
                "client_external_id": external_id,
                "starts_at": starts.isoformat(),
                "service": name,
                "staff": rng.choice(data.STAFF),
                "location": home,
                "status": rng.choice(("booked", "confirmed")),
                "price": _pounds(price),
            }
        )
    return visits


def book(index: int, *, seed: int, places: list[str], now: datetime, rich: bool) -> Booked:
    """The same seed and index give the same client, history and holdings. Imported visits bring their
    price as settled history (it counts in total spent and paid); a rich client's last completed visit
    comes without one, as the invoice sold through the API will count it."""
    rng = random.Random(seed * 100_003 + index)
    who = data.person(rng, index, seed=seed)
    home = rng.choice(places)
    external_id = f"demo{seed}-{index}"
    roll = rng.random()
    balance = rng.choice((2000, 5000, 10000)) if roll < 0.2 else -rng.choice((1550, 3500)) if roll < 0.27 else None
    points = rng.randint(40, 900) if rng.random() < 0.85 else None
    opted_in = rng.random() < 0.6
    cells = {
        "external_id": external_id,
        "first_name": who.first_name,
        "last_name": who.last_name,
        "phone": who.phone,
        "email": who.email or "",
        "date_of_birth": who.date_of_birth or "",
        "tags": ", ".join(who.tags),
        "home_location": home,
        "opening_balance": _pounds(balance) if balance else "",
        "points": str(points or ""),
        "points_expire_on": (now + timedelta(days=rng.randint(60, 360))).date().isoformat() if points else "",
        "notes": rng.choice(data.NOTES) if rich or rng.random() < 0.5 else "",
        "alert": rng.choice(data.ALERTS) if index % 9 == 0 else "",  # a few alerts, the household's parent among them
        "marketing_opt_in": "yes" if opted_in else "no",
        "consent_source": "paper form" if opted_in else "",
        "consent_at": (now - timedelta(days=rng.randint(30, 700))).isoformat() if opted_in else "",
    }
    visits = _visits(rng, external_id, home, now, least=3 if index < 3 else 1)  # the household has a history
    if rich:
        for visit in [visit for visit in visits if visit["status"] == "completed"][-1:]:
            visit["price"] = ""
    return Booked(index, rich, external_id, who, home, cells, visits)


def _csv(columns: tuple[str, ...], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def _run_import(api, kind: str, content: bytes) -> dict:
    """Upload a file and wait for the background import to finish; a failed or partial one stops the demo."""
    job = api.post("/imports", files={"file": (f"demo-{kind}.csv", content, "text/csv")}, data={"kind": kind})
    deadline = time.monotonic() + IMPORT_BUDGET_S
    while job["status"] not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise api.failure(f"the {kind} import did not finish in {IMPORT_BUDGET_S} s: {job['status']}")
        time.sleep(0.3)
        job = api.get(f"/imports/{job['id']}")
    # a `conflict` is a row an earlier run imported (with other dates): there already, which is fine
    errors = [problem for problem in job.get("report") or [] if problem["kind"] == "error"]
    if job["status"] != "completed" or errors:
        raise api.failure(f"the {kind} import: {job['status']}, {errors[:5]}")
    return job


def _digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")[-9:]


def _attach_records(api, books: list[Booked]) -> None:
    """Each imported row's client record, found among the newest clients by its phone."""
    wanted = {_digits(entry.person.phone): entry for entry in books}
    params = {"sort": "-created_at", "limit": 200, "status": "all"}
    while True:
        page = api.get("/clients", params=params)
        for client in page["items"]:
            entry = wanted.get(_digits(client.get("phone")))
            if entry is not None and entry.client is None:
                entry.client = client
        missing = [entry for entry in books if entry.client is None]
        if not missing or not page.get("next_cursor"):
            break
        params["cursor"] = page["next_cursor"]
    if missing:
        raise api.failure(f"{len(missing)} imported clients not found, e.g. {missing[0].external_id}")


def import_clients(api, books: list[Booked]) -> list[Booked]:
    """The clients imported now, with their records (none when this seed's chain is there already).

    A row whose phone or email an existing client has is a `duplicate` the import leaves out; so is it here.
    """
    job = _run_import(api, "clients", _csv(CLIENT_COLUMNS, [entry.cells for entry in books]))
    if job["counts"]["created"] == 0:
        return []
    left_out = {problem["row"] - 2 for problem in job.get("report") or [] if problem["kind"] == "duplicate"}
    books = [entry for position, entry in enumerate(books) if position not in left_out]
    _attach_records(api, books)
    return books


def import_visits(api, books: list[Booked]) -> None:
    _run_import(api, "visits", _csv(VISIT_COLUMNS, [visit for entry in books for visit in entry.visits]))
