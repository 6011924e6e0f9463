"""What the demo chain is made of: its locations, staff, services, people, and pictures drawn here.

Pure data and generators (a seeded `random.Random`): the same seed gives the same chain.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib
from dataclasses import dataclass

LOCATIONS = (("Soho", "Europe/London"), ("Shoreditch", "Europe/London"), ("Brighton", "Europe/London"))
STAFF = ("Ann Carter", "Ben Okafor", "Chloe Martin", "Dev Patel", "Eva Novak", "Femi Adeyemi")
SERVICES = (  # (name, price in pence, minutes)
    ("Cut and finish", 5500, 60),
    ("Colour", 9500, 120),
    ("Balayage", 16000, 180),
    ("Blow-dry", 3500, 45),
    ("Beard trim", 2000, 30),
    ("Massage 60", 7000, 60),
    ("Facial", 6500, 60),
    ("Manicure", 3000, 45),
)
PRODUCTS = (("Shampoo 250ml", 1800), ("Hair oil", 2400), ("Hand cream", 1200))
FIRST_NAMES = (
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Grace",
    "Freya",
    "Lily",
    "Sophia",
    "Ella",
    "Noah",
    "Oliver",
    "George",
    "Leo",
    "Arthur",
    "Harry",
    "Oscar",
    "Theo",
    "Jack",
    "Charlie",
    "Priya",
    "Aisha",
    "Zara",
    "Mohammed",
    "Yusuf",
    "Chen",
    "Mei",
    "Kasia",
    "Tomasz",
    "Lucia",
    "Mateo",
    "Sofia",
    "Nia",
    "Kofi",
)
LAST_NAMES = (
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Khan",
    "Patel",
    "Ali",
    "Nowak",
    "Kowalski",
    "Garcia",
    "Rossi",
    "Murphy",
    "O'Brien",
    "Campbell",
)
TAGS = ("regular", "vip", "new", "student", "sensitive scalp", "prefers mornings", "walk-in")
ALERTS = (
    "Allergic to latex",
    "Severe nut allergy: no almond oil products",
    "Patch test needed before any colour",
    "Pregnant: no chemical peels",
    "Epileptic: avoid strobe dryers",
)
NOTES = (
    "Likes tea, no sugar",
    "Prefers Ann for colour",
    "Sensitive at the neckline",
    "Brings her own towel",
    "Usually 10 minutes late",
    "Wants to grow the fringe out",
    "Asked about the loyalty scheme",
)
MESSAGES = (
    ("sms", None, "Hi {first}, a reminder of your {service} on {day} at {time}. Reply C to cancel."),
    ("email", "Thanks for visiting", "Dear {first}, thank you for visiting us. We hope to see you again soon!"),
    ("sms", None, "Hi {first}, your points balance has gone up. Enjoy a free blow-dry at 500 points."),
)
COLOURS = ((0x1F, 0x4F, 0xB8), (0x0D, 0x6B, 0x35), (0xA3, 0x16, 0x1A), (0x7A, 0x4B, 0x00), (0x4F, 0x2D, 0x7F), (0x00, 0x6D, 0x77))


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    phone: str
    email: str | None
    date_of_birth: str | None
    tags: list[str]


def person(rng: random.Random, index: int, *, seed: int = 0) -> Person:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    # Ofcom's drama prefix: never a real subscriber; another seed's chain gets other numbers, so the import
    # does not take its clients for duplicates of this one's
    phone = f"07700 9{(seed * 1000 + index) % 100000:05d}"
    email = f"{first}.{last}{seed * 1000 + index}@example.com".lower().replace("'", "") if rng.random() < 0.8 else None
    born = f"{rng.randint(1955, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.6 else None
    tags = rng.sample(TAGS, k=rng.choice((0, 1, 1, 2)))
    return Person(first, last, phone, email, born, tags)


def png(width: int, height: int, pixel) -> bytes:
    """A PNG of `pixel(x, y) -> (r, g, b)`, written with zlib alone."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def portrait(rng: random.Random, size: int = 96) -> bytes:
    """A head-and-shoulders silhouette on a coloured ground: a stand-in profile photo."""
    ground = rng.choice(COLOURS)
    skin = rng.choice(((241, 194, 167), (198, 134, 103), (141, 85, 54), (224, 172, 105)))
    centre, head = size / 2, size * 0.2

    def pixel(x, y):
        if (x - centre) ** 2 + (y - size * 0.4) ** 2 < head**2:
            return skin
        if y > size * 0.68 and abs(x - centre) < (y - size * 0.55) * 1.1:
            return (240, 240, 240)
        return ground

    return png(size, size, pixel)


def treatment_photo(rng: random.Random, after: bool, size: int = 96) -> bytes:
    """A before (dull) or after (bright) swatch for the before/after gallery."""
    base = rng.choice(COLOURS)
    shade = 1.6 if after else 0.7
    return png(size, size, lambda x, y: tuple(min(255, int(c * shade + (x + y) % 24)) for c in base))


def signature(rng: random.Random) -> str:
    """A drawn-looking signature as a PNG data URL (the consent API takes that)."""
    width, height = 180, 50
    wave = [int(25 + 15 * ((i * rng.uniform(0.8, 1.2)) % 7 - 3) / 3) for i in range(width)]

    def pixel(x, y):
        return (20, 20, 60) if abs(y - wave[x]) < 2 and 10 < x < width - 10 else (255, 255, 255)

    return "data:image/png;base64," + base64.b64encode(png(width, height, pixel)).decode()
