"""Create every database that does not exist yet, migrate each, make sure an admin key exists, and
declare every consumer's event queues (so no event published before its consumer first ran is lost).

Run by `make up` and `make test`; a second run reuses what exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
COMPONENTS = {
    "profile": ROOT / "services/profile",
    "billing": ROOT / "services/billing",
    "loyalty": ROOT / "services/loyalty",
    "messaging": ROOT / "services/messaging",
    "files": ROOT / "services/files",
    "gateway": ROOT / "gateway",
}
BASE = os.environ.get("POSTGRES_BASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432")
# every event consumer's queues, before any process of the Procfile runs: the nameko services' handlers
# (the deploy step compose and Kubernetes run too), then the card projector's and the webhook worker's
DECLARE_QUEUES = (
    ["-m", "clientcard_kit.declare_queues", "--broker", os.environ.get("AMQP_URI", "amqp://guest:guest@127.0.0.1:5672/")],
    ["-m", "gateway.card_projector", "declare-queues"],
    ["-m", "gateway.webhook_worker", "declare-queues"],
)


def ensure_database(name: str) -> None:
    engine = sa.create_engine(f"{BASE}/postgres", isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        if not conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first():
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            print(f"created database {name}", file=sys.stderr)
    engine.dispose()


def main() -> int:
    for name, folder in COMPONENTS.items():
        if not (folder / "alembic.ini").exists():
            continue
        ensure_database(name)
        env = {**os.environ, "DATABASE_URL": f"{BASE}/{name}"}
        subprocess.run([sys.executable, "-m", "alembic", "-c", "alembic.ini", "upgrade", "head"], cwd=folder, env=env, check=True)
        print(f"migrated {name}", file=sys.stderr)
    env = {**os.environ, "DATABASE_URL": f"{BASE}/gateway"}
    subprocess.run([sys.executable, "-m", "gateway.bootstrap"], cwd=ROOT, env=env, check=True)
    for args in DECLARE_QUEUES:
        subprocess.run([sys.executable, "-W", "ignore", *args], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
