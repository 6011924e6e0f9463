"""Alembic entry for the gateway database (DATABASE_URL): API keys."""

from clientcard_kit.migrations import run

run("gateway")
