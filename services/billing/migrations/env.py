"""Alembic entry for the billing database (DATABASE_URL)."""

from clientcard_kit.migrations import run

run("billing")
