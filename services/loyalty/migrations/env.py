"""Alembic entry for the loyalty database (DATABASE_URL)."""

from clientcard_kit.migrations import run

run("loyalty")
