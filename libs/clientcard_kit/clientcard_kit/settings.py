"""Helpers for each service's frozen Settings: environment reading lives in settings.py only."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

POSTGRES_BASE_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432"
AMQP_URI_DEFAULT = "amqp://guest:guest@127.0.0.1:5672/"


def database_url(name: str, environ: Mapping[str, str] = os.environ) -> str:
    """`DATABASE_URL`, else (never in production) the database named after the service on the local server."""
    require_in_production(environ, "DATABASE_URL")
    return environ.get("DATABASE_URL") or f"{environ.get('POSTGRES_BASE_URL', POSTGRES_BASE_DEFAULT)}/{name}"


@dataclass(frozen=True)
class PoolSettings:
    """One process's connections to its database: `size` kept open, `overflow` more opened under load,
    `timeout_s` the longest a worker waits for one before it answers 503 (README, Connections).

    The defaults keep `make up` and `make test` together under PostgreSQL's 100 connections.
    """

    size: int = 3
    overflow: int = 2
    timeout_s: float = 5.0

    @property
    def most(self) -> int:
        return self.size + self.overflow

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> PoolSettings:
        pool = cls(
            size=_number(environ, "DB_POOL_SIZE", int, cls.size),
            overflow=_number(environ, "DB_MAX_OVERFLOW", int, cls.overflow),
            timeout_s=_number(environ, "DB_POOL_TIMEOUT_S", float, cls.timeout_s),
        )
        if pool.size < 1 or pool.overflow < 0 or pool.timeout_s <= 0:
            raise ValueError(
                f"DB_POOL_SIZE must be at least 1, DB_MAX_OVERFLOW at least 0, DB_POOL_TIMEOUT_S above 0; got {pool}"
            )
        return pool


RPC_TIMEOUT_S_DEFAULT = 5.0
ONWARD_SHARE = 0.6  # of RPC_TIMEOUT_S: the rest covers the service's own work and the answer's trip back


def rpc_deadline_s(environ: Mapping[str, str] = os.environ) -> float:
    """How long a service waits for another (`remote_calls.call`): `ONWARD_SHARE` of `RPC_TIMEOUT_S`.

    `RPC_TIMEOUT_S` is how long the gateway waits for a service (5 s by default); a service's own call
    to a peer must give up first, so a slow peer is the service's 503 (nothing changed), not a 504.
    """
    timeout_s = _number(environ, "RPC_TIMEOUT_S", float, RPC_TIMEOUT_S_DEFAULT)
    if timeout_s <= 0:
        raise ValueError(f"RPC_TIMEOUT_S must be above 0, got {timeout_s}")
    return timeout_s * ONWARD_SHARE


def _number(environ: Mapping[str, str], name: str, kind: type, default):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


class ProductionSettingMissing(RuntimeError):
    """`CLIENTCARD_ENV=production` and a setting is missing or still a placeholder: the process must not start."""


def in_production(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CLIENTCARD_ENV", "development").strip().lower() == "production"


def require_in_production(environ: Mapping[str, str], *names: str) -> None:
    """In production, stop at start unless each setting is set and not a placeholder from .env.example or a template.

    Development keeps its local defaults (guest broker, local PostgreSQL, MinIO's test user).
    """
    if not in_production(environ):
        return
    missing = [name for name in names if not environ.get(name, "").strip()]
    placeholders = [name for name in names if name not in missing and _PLACEHOLDER.search(environ[name])]
    if missing or placeholders:
        problems = [f"{name} is not set" for name in missing] + [f"{name} is still a placeholder" for name in placeholders]
        raise ProductionSettingMissing("CLIENTCARD_ENV=production refuses development defaults: " + "; ".join(problems))


_PLACEHOLDER = re.compile(r"CHANGE-ME|PLACEHOLDER|\.invalid\b", re.IGNORECASE)


def flag(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


PARKED_EVENT_RETRIES_DEFAULT = 8  # 2 s doubling to 256 s: about eight and a half minutes of retries


def parked_event_retries(environ: Mapping[str, str] = os.environ) -> int:
    """`PARKED_EVENT_RETRIES`: how often a parked event is retried before it is dead-lettered (0: never)."""
    raw = environ.get("PARKED_EVENT_RETRIES", "").strip()
    retries = int(raw) if raw else PARKED_EVENT_RETRIES_DEFAULT
    if retries < 0:
        raise ValueError(f"PARKED_EVENT_RETRIES must be 0 or more, got {retries}")
    return retries
