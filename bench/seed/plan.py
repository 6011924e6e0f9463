"""One client's seeded life, drawn once and written by every service's seeder: who they are,
their visits, invoices and payments, top-ups, notes, messages and files.

Counts follow a log-normal law (most clients have a few items, a few have many); a heavy
client has about 10,000 history items. The same seed gives the same clients.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

FIRST_NAMES = (
    "Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Emily Ella Poppy Evie Charlotte "
    "Aria Sienna Daisy Harper Sofia Ruby Alice Evelyn Phoebe Florence Elsie Noah Oliver George Leo Muhammad Arthur "
    "Harry Oscar Archie Henry Theodore Jack Charlie Freddie Theo Alfie Thomas Finley Jacob Lucas Zoe Chloe Maya "
    "Hannah Jessica Sarah Laura Emma Anna Katie Lucy Megan Natalie Rachel Amira Priya Aisha Nadia Ines Zofia Marta"
).split()
LAST_NAMES = (
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker "
    "White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris "
    "Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young "
    "Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan "
    "Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali "
    "Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher "
    "Stevens Jenkins Murray Dixon Harvey Nowak Kowalski Dubois Rossi Garcia Moreau Novak Silva Costa Kaur"
).split()
SERVICES = (
    ("Haircut and finish", 4500),
    ("Colour, full head", 9500),
    ("Balayage", 14500),
    ("Gel manicure", 3200),
    ("Pedicure", 3800),
    ("Facial, deep cleanse", 6500),
    ("Massage, 60 min", 7000),
    ("Brow lamination", 4200),
    ("Lash lift", 5200),
    ("Laser hair removal", 12000),
    ("Microneedling", 18000),
    ("Blow-dry", 2800),
)
PRODUCTS = (("Shampoo 250 ml", 1800), ("Serum 30 ml", 4200), ("Hand cream", 1200), ("SPF 50", 2400))
STAFF = ("Amy", "Ben", "Carla", "Dev", "Elena", "Femi", "Gosia", "Hiro")
TAGS = ("vip", "regular", "new", "sensitive-skin", "prefers-morning", "student", "referral")
CATEGORIES = ("hair", "nails", "skin", "massage", "laser")
NOTE_BODIES = (
    ("general", "Prefers a quiet room and still water."),
    ("treatment", "Patch test done, no reaction."),
    ("treatment", "Used formula 6/1 + 20 vol, 35 min."),
    ("alert", "Allergy: latex."),
    ("alert", "Allergy: PPD hair dye."),
    ("general", "Usually books the last slot on Fridays."),
)
MESSAGE_KINDS = (
    ("sms", "reminders", None, "Reminder: your appointment is tomorrow at 10:30. Reply C to cancel."),
    ("email", "billing", "Your receipt", "Thank you for your visit. Your receipt is attached."),
    ("email", "marketing", "Spring offers", "This month: 20% off all facials at every location."),
    ("sms", "transactional", None, "Your booking is confirmed."),
    ("push", "loyalty", "Points earned", "You earned new points on your last visit."),
)
FILE_KINDS = (
    ("photo", "image/jpeg", "before.jpg"),
    ("photo", "image/jpeg", "after.jpg"),
    ("document", "application/pdf", "patch-test.pdf"),
    ("consent_form", "application/pdf", "consent.pdf"),
)
HISTORY_DAYS = 3 * 365
TAB_EVERY, TAB_TOTAL = 40, 10_000_000
HEAVY_SHARES = {"visits": 4000, "invoices": 2000, "messages": 1500, "notes": 300, "files": 200}


@dataclass
class Invoice:
    id: uuid.UUID
    visit_id: uuid.UUID | None
    issued_at: datetime
    lines: list[tuple[str, str, int, int, str]]  # description, kind, quantity, unit price, staff
    total: int
    payments: list[tuple[uuid.UUID, str, int, datetime]] = field(default_factory=list)  # id, method, amount, at

    @property
    def paid(self) -> int:
        return sum(p[2] for p in self.payments)


@dataclass
class ClientPlan:
    index: int
    id: uuid.UUID
    first_name: str
    last_name: str
    phone: str
    email: str | None
    created_at: datetime
    home_location: uuid.UUID
    tags: list[str]
    categories: list[str]
    visits: list[tuple] = field(default_factory=list)  # id, starts, ends, service, staff, location, status, price
    invoices: list[Invoice] = field(default_factory=list)
    top_ups: list[tuple[uuid.UUID, int, str, datetime]] = field(default_factory=list)  # id, amount, method, at
    notes: list[tuple] = field(default_factory=list)  # id, kind, body, pinned, at
    messages: list[tuple] = field(default_factory=list)  # id, channel, type, subject, body, status, at
    files: list[tuple] = field(default_factory=list)  # id, kind, content type, filename, size, at

    @property
    def payments(self):
        return [p for invoice in self.invoices for p in invoice.payments]


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def skewed(rng: random.Random, median: float, cap: int) -> int:
    """A log-normal count: half the clients at or under `median`, a long tail up to `cap`."""
    return min(cap, int(rng.lognormvariate(0, 1.0) * median))


def location_ids(count: int, seed: int) -> list[uuid.UUID]:
    rng = random.Random(f"{seed}-locations")
    return [new_id(rng) for _ in range(count)]


def draw(index: int, *, seed: int, now: datetime, locations: list[uuid.UUID], heavy: bool = False) -> ClientPlan:
    rng = random.Random(seed * 10_000_019 + index)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    created = now - timedelta(days=rng.uniform(30, HISTORY_DAYS))
    client = ClientPlan(
        index=index,
        id=new_id(rng),
        first_name=first,
        last_name=last,
        phone=f"+447{index:09d}",
        email=f"{first.lower()}.{last.lower()}{index}@example.com" if rng.random() < 0.8 else None,
        created_at=created,
        home_location=rng.choice(locations),
        tags=rng.sample(TAGS, k=rng.choice((0, 0, 1, 1, 2))),
        categories=rng.sample(CATEGORIES, k=rng.choice((0, 1, 1, 2))),
    )
    share = (
        HEAVY_SHARES
        if heavy
        else {
            "visits": skewed(rng, 5, 300),
            "notes": skewed(rng, 1, 40),
            "messages": skewed(rng, 4, 300),
            "files": skewed(rng, 0.6, 40),
        }
    )
    span = (now - created).total_seconds()
    for _ in range(share["visits"]):
        _visit(rng, client, created + timedelta(seconds=rng.uniform(0, span + 30 * 86400)), now)
    client.visits.sort(key=lambda v: v[1])
    completed = [v for v in client.visits if v[6] == "completed"]
    wanted_invoices = share["invoices"] if heavy else len(completed)
    for n in range(wanted_invoices):
        visit = completed[n % len(completed)] if completed else None
        at = visit[2] if visit else created + timedelta(seconds=rng.uniform(0, span))
        client.invoices.append(_invoice(rng, visit, at, now))
    if index % TAB_EVERY == 1:
        # an open tab: a course paid in small instalments, which the front-desk mix keeps paying into
        client.invoices.append(
            Invoice(
                new_id(rng),
                None,
                now - timedelta(days=1),
                [("Course of 10 laser sessions", "service", 1, TAB_TOTAL, "")],
                TAB_TOTAL,
            )
        )
    if rng.random() < 0.12:
        for _ in range(rng.randint(1, 3)):
            client.top_ups.append(
                (
                    new_id(rng),
                    rng.choice((2000, 5000, 10000)),
                    rng.choice(("cash", "card")),
                    created + timedelta(seconds=rng.uniform(0, span)),
                )
            )
    for _ in range(share["notes"]):
        kind, body = rng.choice(NOTE_BODIES)
        client.notes.append(
            (new_id(rng), kind, body, kind == "alert" or rng.random() < 0.05, created + timedelta(seconds=rng.uniform(0, span)))
        )
    for _ in range(share["messages"]):
        channel, kind, subject, body = rng.choice(MESSAGE_KINDS)
        status = rng.choices(("delivered", "sent", "failed", "suppressed"), (85, 10, 3, 2))[0]
        client.messages.append(
            (new_id(rng), channel, kind, subject, body, status, created + timedelta(seconds=rng.uniform(0, span)))
        )
    for _ in range(share["files"]):
        kind, content_type, filename = rng.choice(FILE_KINDS)
        client.files.append(
            (
                new_id(rng),
                kind,
                content_type,
                filename,
                rng.randint(20_000, 4_000_000),
                created + timedelta(seconds=rng.uniform(0, span)),
            )
        )
    return client


def _visit(rng: random.Random, client: ClientPlan, starts: datetime, now: datetime) -> None:
    service, price = rng.choice(SERVICES)
    ends = starts + timedelta(minutes=rng.choice((30, 45, 60, 90)))
    if starts > now:
        status = rng.choice(("booked", "confirmed"))
    else:
        status = rng.choices(("completed", "cancelled", "no_show"), (88, 9, 3))[0]
    location = client.home_location if rng.random() < 0.85 else None
    client.visits.append((new_id(rng), starts, ends, service, rng.choice(STAFF), location, status, price))


def _invoice(rng: random.Random, visit: tuple | None, at: datetime, now: datetime) -> Invoice:
    lines = [(visit[3], "service", 1, visit[7], visit[4])] if visit else []
    if not lines or rng.random() < 0.3:
        product, price = rng.choice(PRODUCTS)
        lines.append((product, "product", rng.choice((1, 1, 2)), price, ""))
    invoice = Invoice(new_id(rng), visit[0] if visit else None, at, lines, sum(q * p for _, _, q, p, _ in lines))
    recorded = min(at + timedelta(minutes=5), now)
    roll = rng.random()
    if roll < 0.05:
        return invoice  # still open
    if roll < 0.09:
        first = invoice.total // 2
        invoice.payments.append((new_id(rng), "card", first, recorded))
        if roll < 0.07:
            invoice.payments.append((new_id(rng), "cash", invoice.total - first, min(recorded + timedelta(days=3), now)))
        return invoice
    invoice.payments.append((new_id(rng), rng.choices(("card", "cash"), (80, 20))[0], invoice.total, recorded))
    return invoice
