"""Seed every service's own database in bulk (COPY), straight into its tables: clients drawn by
`plan.draw`, written in chunks, with triggers off for the seeding session only (the ledger is
balanced by construction: `billing.post` checks every transaction)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg

from bench.seed import billing, files, loyalty, messaging, plan, profile

SEEDERS = {"profile": profile, "billing": billing, "loyalty": loyalty, "messaging": messaging, "files": files}
CHUNK = 2000


@dataclass
class Context:
    now: datetime
    locations: list
    currency: str = "GBP"


@dataclass
class Seeded:
    """What the load scenarios need to know about the seeded clients."""

    clients: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, first, last, phone
    heavy: list[str] = field(default_factory=list)
    light: str | None = None  # a client with a short history (at most a few items)
    tabs: list[str] = field(default_factory=list)  # open invoices with room for many small payments
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def libpq_url(sqlalchemy_url: str) -> str:
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)


def _copy(conn: psycopg.Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    if not rows:
        return
    with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def seed(databases: dict[str, str], *, clients: int, heavy: int, seed: int = 7, log=print) -> Seeded:
    started = time.monotonic()
    ctx = Context(now=datetime.now(UTC), locations=plan.location_ids(5, seed))
    result = Seeded()
    connections = {name: psycopg.connect(libpq_url(databases[name])) for name in SEEDERS}
    try:
        for name, conn in connections.items():
            # replica role skips triggers and foreign-key checks for this session only
            conn.execute("SET session_replication_role = replica")
            if hasattr(SEEDERS[name], "reference_rows"):
                for table, rows in SEEDERS[name].reference_rows(ctx).items():
                    _copy(conn, table, SEEDERS[name].TABLES[table], rows)
            conn.commit()
        # one writer thread: the server ingests a chunk while the next one is drawn
        with ThreadPoolExecutor(max_workers=1) as writer:
            pending = None
            for start in range(0, clients, CHUNK):
                indexes = range(start, min(clients, start + CHUNK))
                plans = [plan.draw(i, seed=seed, now=ctx.now, locations=ctx.locations, heavy=i < heavy) for i in indexes]
                tables = {name: module.rows(plans, ctx) for name, module in SEEDERS.items()}
                if pending is not None:
                    pending.result()
                pending = writer.submit(_write, connections, tables, result.rows)
                _remember(result, plans, heavy)
                done = indexes.stop
                if done % (CHUNK * 10) == 0 or done == clients:
                    log(f"  seeded {done:,} clients in {time.monotonic() - started:.0f} s")
            if pending is not None:
                pending.result()
        for conn in connections.values():
            conn.autocommit = True
            # as after a restore: otherwise autovacuum takes up ten million fresh rows in the middle of the
            # measurements, and index-only scans find no visibility map
            conn.execute("VACUUM (ANALYZE)")
    finally:
        for conn in connections.values():
            conn.close()
    result.seconds = time.monotonic() - started
    return result


def _write(connections: dict[str, psycopg.Connection], tables: dict[str, dict[str, list[tuple]]], counts: dict) -> None:
    for name, conn in connections.items():
        for table, rows in tables[name].items():
            _copy(conn, table, SEEDERS[name].TABLES[table], rows)
            counts[f"{name}.{table}"] = counts.get(f"{name}.{table}", 0) + len(rows)
        conn.commit()


def _remember(result: Seeded, plans: list[plan.ClientPlan], heavy: int) -> None:
    for c in plans:
        result.clients.append((str(c.id), c.first_name, c.last_name, c.phone))
        if c.index < heavy:
            result.heavy.append(str(c.id))
        elif result.light is None and 0 < len(c.visits) + len(c.invoices) + len(c.messages) + len(c.files) <= 4:
            result.light = str(c.id)
        result.tabs.extend(str(i.id) for i in c.invoices if i.total == plan.TAB_TOTAL and not i.payments)
