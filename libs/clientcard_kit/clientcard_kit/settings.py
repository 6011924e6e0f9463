"""Helpers for each service's frozen Settings: environment reading lives in settings.py only."""
from __future__ import annotations

import os
from collections.abc import Mapping

POSTGRES_BASE_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432"
AMQP_URI_DEFAULT = "amqp://guest:guest@127.0.0.1:5672/"


def database_url(name: str, environ: Mapping[str, str] = os.environ) -> str:
    """`DATABASE_URL`, else the database named after the service on the local server."""
    return environ.get("DATABASE_URL") or f"{environ.get('POSTGRES_BASE_URL', POSTGRES_BASE_DEFAULT)}/{name}"


def flag(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}
