"""Alembic entry for the profile database (DATABASE_URL)."""

from clientcard_kit.migrations import run

run("profile")
