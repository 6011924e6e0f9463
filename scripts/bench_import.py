"""Time a 10,000-row client import (the target is under a minute).

Two ways to run it:
  .venv/bin/python scripts/bench_import.py
      in-process: a fresh migrated profile database, the import use cases called directly
      (parse, queue, validate, deduplicate, insert, outbox, audit); the database is dropped after.
  .venv/bin/python scripts/bench_import.py --url http://127.0.0.1:8080 --key $CLIENTCARD_ADMIN_KEY
      end to end against a running suite (`make up`): upload through the gateway, poll until done.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_csv(rows: int, seed: int = 7) -> bytes:
    """`rows` clients: about 1% invalid emails and 1% repeated emails, to exercise the report."""
    rng = random.Random(seed)
    tag = uuid.uuid4().hex[:6]
    lines = ["First name,Last name,Email,Mobile,Date of birth,Tags"]
    for i in range(rows):
        email = f"bench-{tag}-{i}@example.com"
        if i % 100 == 37:
            email = "not-an-email"
        elif i % 100 == 73:
            email = f"bench-{tag}-{i - 1}@example.com"
        phone = f"07{rng.randrange(100_000_000, 999_999_999)}"
        dob = f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1950, 2005)}"
        lines.append(f"Client{i},Bench{tag},{email},{phone},{dob},bench;import")
    return ("\n".join(lines) + "\n").encode()


def run_in_process(content: bytes) -> dict:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from clientcard_kit.testing import infra
    from clientcard_profile.db.uow import ProfileUnitOfWork
    from clientcard_profile.use_cases import imports

    admin = infra.postgres_admin_url()
    name = f"profile_bench_{uuid.uuid4().hex[:8]}"
    url = infra.create_database(admin, name)
    try:
        infra.migrate(ROOT / "services" / "profile" / "alembic.ini", url)
        engine = create_engine(url)
        uow = lambda: ProfileUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)  # noqa: E731
        started = time.perf_counter()
        job = imports.start_import(uow(), base64.b64encode(content).decode(), filename="bench.csv", dry_run=False, context=None)
        queued = time.perf_counter()
        while imports.process_next_import(uow(), region="GB", now=datetime.now(UTC)):
            pass
        finished = time.perf_counter()
        result = imports.get_import(uow(), job["id"])
        engine.dispose()
        return {
            "counts": result["counts"],
            "parse_and_queue_s": queued - started,
            "process_s": finished - queued,
            "total_s": finished - started,
        }
    finally:
        infra.drop_database(admin, name)


def run_over_http(content: bytes, url: str, key: str) -> dict:
    import requests

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {key}"
    started = time.perf_counter()
    response = session.post(f"{url}/api/v1/imports", files={"file": ("bench.csv", content)}, timeout=60)
    response.raise_for_status()
    accepted = time.perf_counter()
    import_id = response.json()["id"]
    while True:
        job = session.get(f"{url}/api/v1/imports/{import_id}", timeout=30).json()
        if job["status"] in ("completed", "failed"):
            break
        time.sleep(0.1)
    finished = time.perf_counter()
    return {"counts": job["counts"], "status": job["status"], "upload_s": accepted - started, "total_s": finished - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--url", help="a running gateway; in-process when omitted")
    parser.add_argument("--key", help="an API key with clients:write (with --url)")
    args = parser.parse_args()
    content = make_csv(args.rows)
    print(f"{args.rows} rows, {len(content) / 1024:.0f} KiB")
    result = run_over_http(content, args.url.rstrip("/"), args.key) if args.url else run_in_process(content)
    for key, value in result.items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
    ok = result["total_s"] < 60
    print("under a minute" if ok else "TOO SLOW: the target is under a minute")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
