"""Alembic entry for the files database (DATABASE_URL)."""

from clientcard_kit.migrations import run

run("files")
