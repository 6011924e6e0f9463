"""Gateway settings; the only gateway module that reads the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import AMQP_URI_DEFAULT, database_url

SERVICES = ("profile", "billing", "loyalty", "messaging", "files")


@dataclass(frozen=True)
class Settings:
    database_url: str
    amqp_uri: str
    admin_key: str | None = None
    card_budget_s: float = 1.5
    card_breaker_s: float = 3.0
    rpc_timeout_s: float = 5.0
    rpc_pool_size: int = 16
    services: tuple[str, ...] = SERVICES

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            database_url=database_url("gateway", environ),
            amqp_uri=environ.get("AMQP_URI", AMQP_URI_DEFAULT),
            admin_key=environ.get("CLIENTCARD_ADMIN_KEY") or None,
            card_budget_s=int(environ.get("CARD_BUDGET_MS", "1500")) / 1000,
            card_breaker_s=float(environ.get("CARD_BREAKER_S", "3")),
            rpc_timeout_s=float(environ.get("RPC_TIMEOUT_S", "5")),
            rpc_pool_size=int(environ.get("RPC_POOL_SIZE", "16")),
        )
