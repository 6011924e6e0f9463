"""Alembic entry for the messaging database (DATABASE_URL)."""

from clientcard_kit.migrations import run

run("messaging")
