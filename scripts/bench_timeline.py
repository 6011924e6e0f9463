"""Benchmark of the client timeline: a client with about 10,000 items pages as fast as one with 10
(a script that prints figures, not a test).

Starts the bench suite (bench/suite.py: databases, vhost, S3 and processes of its own), seeds a heavy
client with bench/seed's heavy plan (visits, notes, invoices, payments, points, top-ups, messages, files)
plus calls and signed (and withdrawn) consents, and a light client with about 10 items; then pages
both timelines through the gateway and prints p50/p95 per page, and with `--explain` the plan of each
service's timeline query at a deep position of the heavy client, with the rows it read per table (a keyset
page reads about a page per kind, not the client's history). Everything is dropped at the end.

    .venv/bin/python scripts/bench_timeline.py [--limit 50] [--repeat 30] [--explain]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import requests
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.seed import SEEDERS, Context, _copy, _write, libpq_url, plan  # noqa: E402
from bench.suite import BenchSuite  # noqa: E402
from clientcard_kit.testing.query_plans import statement_rows_read  # noqa: E402

LIGHT_ITEMS = 10
EXTRA_CALLS, EXTRA_CONSENTS = 300, 100


def items_of(client: plan.ClientPlan) -> int:
    """The timeline items a plan makes: one per visit, note, invoice, top-up, message and file, and per
    payment one payment and one points item (loyalty earns on each)."""
    return (
        len(client.visits)
        + len(client.notes)
        + len(client.invoices)
        + len(client.top_ups)
        + len(client.messages)
        + len(client.files)
        + 2 * len(client.payments)
    )


def plans(now: datetime, locations: list, seed: int) -> tuple[plan.ClientPlan, plan.ClientPlan]:
    heavy = plan.draw(0, seed=seed, now=now, locations=locations, heavy=True)
    light = min(
        (plan.draw(i, seed=seed, now=now, locations=locations) for i in range(1, 400)),
        key=lambda c: (abs(items_of(c) - LIGHT_ITEMS), c.index),
    )
    return heavy, light


def seed(databases: dict[str, str], clients: list[plan.ClientPlan], ctx: Context) -> dict[str, int]:
    """COPY the plans into every service's tables, as `make bench` seeds them."""
    connections = {name: psycopg.connect(libpq_url(databases[name])) for name in SEEDERS}
    counts: dict[str, int] = {}
    try:
        for name, conn in connections.items():
            conn.execute("SET session_replication_role = replica")
            for table, rows in getattr(SEEDERS[name], "reference_rows", lambda _: {})(ctx).items():
                _copy(conn, table, SEEDERS[name].TABLES[table], rows)
            conn.commit()
        _write(connections, {name: module.rows(clients, ctx) for name, module in SEEDERS.items()}, counts)
    finally:
        for conn in connections.values():
            conn.close()
    return counts


def seed_calls_and_consents(databases: dict[str, str], client_id: str) -> None:
    """Calls in messaging, and signed consents (a third of them withdrawn) with their PDFs' records in files."""
    with psycopg.connect(libpq_url(databases["messaging"])) as conn:
        conn.execute(
            "INSERT INTO calls (id, client_id, direction, started_at, duration_s, outcome) "
            "SELECT gen_random_uuid(), %s, 'inbound', now() - g * interval '3 days', 120, 'answered' "
            "FROM generate_series(1, %s) AS g",
            (client_id, EXTRA_CALLS),
        )
    with psycopg.connect(libpq_url(databases["files"])) as conn:
        template = conn.execute(
            "INSERT INTO consent_templates (id, version, title, body, fields, checkboxes, services) "
            "VALUES (gen_random_uuid(), 1, 'Laser consent', 'Risks', '[]', '[]', '{Laser}') RETURNING id"
        ).fetchone()[0]
        conn.execute(
            "WITH made AS (INSERT INTO stored_files (id, client_id, kind, filename, content_type, size, sha256, object_key, "
            "created_at) SELECT gen_random_uuid(), %(c)s, 'signed_consent', 'consent.pdf', 'application/pdf', 1000, "
            "repeat('0', 64), 'bench/' || gen_random_uuid(), now() - g * interval '9 days' "
            "FROM generate_series(1, %(n)s) AS g RETURNING id, created_at) "
            "INSERT INTO signed_consents (id, client_id, template_id, template_version, answers, signer_name, signed_at, "
            "file_id, pdf_sha256, withdrawn_at) SELECT gen_random_uuid(), %(c)s, %(t)s, 1, '{}', 'Bench', created_at, id, "
            "repeat('0', 64), CASE WHEN random() < 0.33 THEN created_at + interval '2 days' END FROM made",
            {"c": client_id, "t": template, "n": EXTRA_CONSENTS},
        )


def analyze(databases: dict[str, str]) -> None:
    """Statistics of the seeded tables, as autovacuum keeps them in service (without, the planner guesses)."""
    for url in databases.values():
        with psycopg.connect(libpq_url(url), autocommit=True) as conn:
            conn.execute("ANALYZE")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def walk(session: requests.Session, base: str, client_id: str, limit: int) -> tuple[list[dict], list[float]]:
    """Every page of the client's timeline, in order: the items, and how long each page took (ms)."""
    took, cursor, items = [], None, []
    while True:
        began = time.perf_counter()
        response = session.get(
            f"{base}/api/v1/clients/{client_id}/timeline",
            timeout=60,
            params={"limit": limit, **({"cursor": cursor} if cursor else {})},
        )
        took.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
        page = response.json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items, took


def first_pages(session: requests.Session, base: str, client_id: str, limit: int, repeat: int) -> list[float]:
    took = []
    for _ in range(repeat):
        began = time.perf_counter()
        session.get(f"{base}/api/v1/clients/{client_id}/timeline", params={"limit": limit}, timeout=60).raise_for_status()
        took.append((time.perf_counter() - began) * 1000)
    return took


def line(name: str, took: list[float]) -> str:
    return f"| {name} | {len(took)} | {statistics.median(took):.1f} | {percentile(took, 0.95):.1f} | {max(took):.1f} |"


def explain(databases: dict[str, str], client_id: str, before: list) -> None:
    """Each service's timeline query for the client at `before` (a deep position), with EXPLAIN ANALYZE."""
    from clientcard_billing.db.uow import BillingUnitOfWork
    from clientcard_billing.use_cases import timeline as billing
    from clientcard_files.db.uow import FilesUnitOfWork
    from clientcard_files.use_cases import timeline as files
    from clientcard_kit.providers import CallContext
    from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
    from clientcard_loyalty.use_cases import timeline as loyalty
    from clientcard_messaging.db.uow import MessagingUnitOfWork
    from clientcard_messaging.use_cases import timeline as messaging
    from clientcard_profile.db.uow import ProfileUnitOfWork
    from clientcard_profile.use_cases import timeline as profile

    front_desk = CallContext(None, None, None, scopes=frozenset({"clients:read"}))  # no clinical notes
    services = {
        "profile": (ProfileUnitOfWork, lambda uow: profile.timeline_page(uow, client_id, None, before, None, None, 51, None)),
        "profile, no notes:clinical": (
            ProfileUnitOfWork,
            lambda uow: profile.timeline_page(uow, client_id, None, before, None, None, 51, front_desk),
        ),
        "billing": (BillingUnitOfWork, lambda uow: billing.timeline_page(uow, client_id, None, before, None, None, 51)),
        "loyalty": (LoyaltyUnitOfWork, lambda uow: loyalty.timeline_page(uow, client_id, None, before, None, None, 51)),
        "messaging": (MessagingUnitOfWork, lambda uow: messaging.timeline_page(uow, client_id, None, before, None, None, 51)),
        "files": (
            FilesUnitOfWork,
            lambda uow: files.timeline_page(uow, client_id, None, before, None, None, 51, include_medical=True),
        ),
        "files, no files:medical": (
            FilesUnitOfWork,
            lambda uow: files.timeline_page(uow, client_id, None, before, None, None, 51, include_medical=False),
        ),
    }
    for name, (unit_of_work, page) in services.items():
        engine = sa.create_engine(databases[name.split(",")[0]])
        seen: list[tuple[str, dict]] = []

        def capture(conn, cursor, statement, parameters, context, executemany, seen=seen):
            seen.append((statement, parameters))  # the page's statement is the last one

        sa.event.listen(engine, "before_cursor_execute", capture)
        try:
            page(unit_of_work(sessionmaker(engine, expire_on_commit=False), engine))
            statement, parameters = seen[-1]
            with engine.connect() as conn:
                plan_lines = [
                    row[0]
                    for row in conn.exec_driver_sql(
                        "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + statement, parameters
                    )
                ]
                read = statement_rows_read(conn, statement, parameters)
        except sa.exc.SQLAlchemyError as error:  # one service's failure leaves the others' plans worth reading
            print(f"\n{name}: no plan ({type(error).__name__}: {str(error).splitlines()[0]})")
            continue
        finally:
            engine.dispose()
        print(
            f"\n{name}: "
            + next(text for text in plan_lines if "Execution Time" in text).strip()
            + "; rows read: "
            + ", ".join(f"{table} {count}" for table, count in sorted(read.items()))
        )
        for text in plan_lines:
            if any(word in text for word in ("Scan", "Sort", "Join", "Limit")):
                print(f"  {text.rstrip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=50, help="items per page")
    parser.add_argument("--repeat", type=int, default=30, help="reads of each client's first page")
    parser.add_argument("--explain", action="store_true", help="print each service's query plan at a deep position")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    suite = BenchSuite(workers=1, threads=4)
    try:
        print(f"creating the bench suite (databases *_bench_{suite.suffix}) ...")
        suite.create()
        ctx = Context(now=datetime.now(UTC), locations=plan.location_ids(5, args.seed))
        heavy, light = plans(ctx.now, ctx.locations, args.seed)
        seed(suite.databases, [heavy, light], ctx)
        seed_calls_and_consents(suite.databases, str(heavy.id))
        analyze(suite.databases)
        print("starting services ...")
        suite.start()
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {suite.admin_key}"
        base = suite.base_url
        first_pages(session, base, str(light.id), args.limit, 3)  # warm the pools and caches
        rows, walked = [], {}
        for name, client in (("heavy", heavy), ("light", light)):
            walked[name], took = walk(session, base, str(client.id), args.limit)
            rows.append(line(f"{name}: first page", first_pages(session, base, str(client.id), args.limit, args.repeat)))
            rows.append(line(f"{name}: every page, first to last", took))
            if name == "heavy":
                rows.append(line("heavy: the last tenth of the pages", took[-max(1, len(took) // 10) :]))
        # pages of the same size as the light client's whole timeline, for a like-for-like comparison
        same = len(walked["light"])
        rows.append(line(f"heavy: first page, limit={same}", first_pages(session, base, str(heavy.id), same, args.repeat)))
        print(f"\nheavy client: {len(walked['heavy']):,} items; light client: {len(walked['light']):,} items; limit={args.limit}")
        print("| pages read | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
        print("\n".join(rows))
        if args.explain:
            deep = walked["heavy"][len(walked["heavy"]) // 2]  # half of the history lies after it
            explain(suite.databases, str(heavy.id), [deep["at"], deep["id"]])
        return 0
    except KeyboardInterrupt:
        print("\ninterrupted: tearing the bench suite down", file=sys.stderr)
        return 130
    finally:
        suite.stop()


if __name__ == "__main__":
    raise SystemExit(main())
