"""Benchmark of the client search at 100,000 clients (a script, not a test).

Creates its own database (profile_bench_<hex>), migrates it, loads realistic clients with COPY,
runs typical staff searches through the search use case and prints p50/p95 per query, then
drops the database. Usage: `.venv/bin/python scripts/bench_search.py [--clients N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.testing import infra
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.use_cases.search import search_clients

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 50.0
FIRST = (
    "Anna Ann Zoë Chloé José Søren Björn Łukasz Renée Amélie Noémie Inès Joël Raphaël Maëlle Jürgen Özil Ýrr "
    "Oliver Amelia George Isla Harry Ava Noah Mia Jack Ivy Leo Lily Oscar Sophia Charlie Grace Freddie Ella "
    "Arthur Evie Muhammad Florence Thomas Emily James Poppy William Rosie Henry Willow Alfie Freya Theo Isabella "
    "Joshua Daisy Archie Alice Jacob Sienna Alexander Phoebe Max Ruby Lucas Elsie Ethan Matilda Isaac Evelyn "
    "Edward Harper Tommy Lucy Adam Sofia Hugo Layla Finley Millie Dylan Esme Reggie Erin Louie Emilia Teddy "
    "Mohammed Maisie Elijah Bonnie Albie Aria Benjamin Ellie Sebastian Margot Rory Maryam Jaxon Lottie Elliot"
).split()
LAST = (
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
    "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill "
    "Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker "
    "Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy "
    "Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman "
    "Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight "
    "Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Kowalczyk Nowak Wiśniewski "
    "Müller Schröder Lefèvre Gárcia Muñoz Jiménez Dvořák Novák Søndergaard Åberg Ødegaard Brontë Cañas "
    "Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Hernández Álvarez Romero"
).split()
TAGS = ("vip", "new", "regular", "sensitive-skin", "student", "staff", "referral", "lapsed")
CATEGORIES = ("gold", "silver", "bronze", "corporate")


def build_rows(count: int, location_ids: list[str], rng: random.Random) -> tuple[io.StringIO, list[dict]]:
    """Tab-separated rows for COPY, and a sample of the clients to search for."""
    out, sample = io.StringIO(), []
    now = datetime(2026, 11, 22, tzinfo=UTC)
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = f"+447{rng.randrange(100_000_000, 999_999_999)}"
        email = f"{first.lower()}.{last.lower()}{n}@example.com"
        card = f"CC{n:07d}" if rng.random() < 0.6 else r"\N"
        tags = "{" + ",".join(rng.sample(TAGS, rng.randrange(0, 3))) + "}"
        categories = "{" + ",".join(rng.sample(CATEGORIES, rng.randrange(0, 2))) + "}"
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
        last_visit = (now - timedelta(days=rng.randrange(0, 900), minutes=rng.randrange(0, 1440))).isoformat()
        status = "archived" if rng.random() < 0.05 else "active"
        created = (now - timedelta(days=rng.randrange(0, 2000), seconds=rng.randrange(0, 86400))).isoformat()
        row = [
            str(uuid.uuid4()),
            first,
            last,
            email,
            phone,
            birth.isoformat(),
            tags,
            categories,
            rng.choice(location_ids),
            card,
            status,
            last_visit if rng.random() < 0.7 else r"\N",
            created,
            created,
        ]
        out.write("\t".join(row) + "\n")
        if n % 997 == 0 and status == "active":
            sample.append({"first": first, "last": last, "phone": phone, "email": email, "card": card})
    out.seek(0)
    return out, sample


def load(engine: sa.Engine, count: int, rng: random.Random) -> tuple[list[dict], list[str]]:
    location_ids = [str(uuid.uuid4()) for _ in range(10)]
    with engine.begin() as conn:
        for index, location_id in enumerate(location_ids):
            conn.execute(
                sa.text("INSERT INTO locations (id, name, timezone) VALUES (:id, :name, 'Europe/London')"),
                {"id": location_id, "name": f"Location {index}"},
            )
    rows, sample = build_rows(count, location_ids, rng)
    columns = (
        "id, first_name, last_name, email, phone, date_of_birth, tags, categories, home_location_id, card_number, "
        "status, last_visit_at, created_at, updated_at"
    )
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cursor, cursor.copy(f"COPY clients ({columns}) FROM STDIN") as copy:
            while chunk := rows.read(1 << 20):
                copy.write(chunk)
        raw.commit()
    finally:
        raw.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE clients"))
    return sample, location_ids


def queries(sample: list[dict], location_ids: list[str], rng: random.Random) -> dict[str, list[dict]]:
    """Each kind of query, with several different values so no single cached plan flatters it."""

    def several(make):
        return [make(rng.choice(sample)) for _ in range(10)]

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped

    def local(phone: str) -> str:
        national = "0" + phone[3:]
        return f"{national[:5]} {national[5:]}"

    def plain(word: str) -> str:
        return word.translate(str.maketrans("éèëçãåáäöøüłśñóíøýřć", "eeecaaaaoouwsnoioyrc")).lower()

    return {
        "name fragment (kowal)": [{"q": "kowal"}],
        "surname no accents/case": several(lambda c: {"q": plain(c["last"])}),
        "first + last name": several(lambda c: {"q": f"{c['first']} {c['last']}"}),
        "name with a typo": several(lambda c: {"q": typo(c["last"]) if len(c["last"]) > 4 else c["last"]}),
        "accented name unaccented (zoe)": [{"q": "zoe"}],
        "short prefix (an)": [{"q": "an"}],
        "phone, national format": several(lambda c: {"q": local(c["phone"])}),
        "phone, international digits": several(lambda c: {"q": c["phone"][1:]}),
        "phone, last 6 digits": several(lambda c: {"q": c["phone"][-6:]}),
        "email": several(lambda c: {"q": c["email"].upper()}),
        "card number": several(lambda c: {"q": c["card"]} if c["card"] != r"\N" else {"q": "CC0000001"}),
        "tag, sorted by name": [{"tag": "vip"}],
        "location + birthday month": several(
            lambda c: {"location_id": rng.choice(location_ids), "birthday_month": rng.randrange(1, 13)}
        ),
        "not seen since, by last visit": [{"last_visit_before": "2025-06-01T00:00:00+00:00", "sort": "-last_visit_at"}],
        "all statuses, newest first": [{"status": "all", "sort": "-created_at"}],
        "category + tag + last visit after": [
            {"category": "gold", "tag": "regular", "last_visit_after": "2026-06-01T00:00:00+00:00"}
        ],
    }


def measure(make_uow, args: dict, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        search_clients(make_uow(), args, region="GB")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=60, help="timed runs per query kind")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    options = parser.parse_args()
    rng = random.Random(20261122)
    admin = infra.postgres_admin_url()
    name = f"profile_bench_{uuid.uuid4().hex[:8]}"
    url = infra.create_database(admin, name)
    engine = sa.create_engine(url, pool_size=2)
    try:
        infra.migrate(ROOT / "services" / "profile" / "alembic.ini", url)
        started = time.perf_counter()
        sample, location_ids = load(engine, options.clients, rng)
        print(f"loaded {options.clients:,} clients into {name} in {time.perf_counter() - started:.1f} s")
        session_factory = sessionmaker(engine, expire_on_commit=False)

        def make_uow():
            return ProfileUnitOfWork(session_factory, engine)

        print(f"{'query':40} {'p50 ms':>8} {'p95 ms':>8} {'rows':>5}")
        worst = 0.0
        for label, variants in queries(sample, location_ids, rng).items():
            for args in variants:
                measure(make_uow, args, 2)  # warm the cache and the connection
            timings = []
            for run in range(options.runs):
                timings += measure(make_uow, variants[run % len(variants)], 1)
            rows = len(search_clients(make_uow(), variants[0], region="GB")["items"])
            p50, p95 = statistics.median(timings), percentile(timings, 0.95)
            worst = max(worst, p95)
            flag = "" if p95 < TARGET_MS else "  <-- over target"
            print(f"{label:40} {p50:8.1f} {p95:8.1f} {rows:5d}{flag}")
        print(f"worst p95 {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
    finally:
        engine.dispose()
        if not options.keep:
            infra.drop_database(admin, name)


if __name__ == "__main__":
    main()
