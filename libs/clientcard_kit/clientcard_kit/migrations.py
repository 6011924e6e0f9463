"""Alembic env.py body shared by every service: one advisory lock, so replicas migrate one at a time."""

from __future__ import annotations

import zlib

import sqlalchemy as sa
from alembic import context

from clientcard_kit.settings import database_url


def run(service_name: str, target_metadata=None) -> None:
    """Run the migrations of `service_name` online against its DATABASE_URL."""
    config = context.config
    url = config.attributes.get("database_url") or database_url(service_name)
    lock_id = zlib.crc32(f"clientcard-migrate-{service_name}".encode())
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool, hide_parameters=True)
    with engine.connect() as connection:
        connection.execute(sa.text("SELECT pg_advisory_lock(:id)"), {"id": lock_id})
        connection.commit()
        try:
            context.configure(connection=connection, target_metadata=target_metadata, transaction_per_migration=True)
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            connection.execute(sa.text("SELECT pg_advisory_unlock(:id)"), {"id": lock_id})
            connection.commit()
    engine.dispose()
