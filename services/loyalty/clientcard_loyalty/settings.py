"""The loyalty service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import database_url, require_in_production, rpc_deadline_s

SERVICE_NAME = "loyalty"


@dataclass(frozen=True)
class Settings:
    database_url: str
    currency: str = "GBP"
    expiring_notice_days: int = 14
    rpc_deadline_s: float = 3.0  # how long to wait for profile (the kit's share of RPC_TIMEOUT_S)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        # nameko reads AMQP_URI from config.yaml; a production start must not fall back to guest@localhost
        require_in_production(environ, "AMQP_URI")
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            currency=environ.get("CURRENCY", "GBP"),
            expiring_notice_days=int(environ.get("POINTS_EXPIRING_NOTICE_DAYS", "14")),
            rpc_deadline_s=rpc_deadline_s(environ),
        )
