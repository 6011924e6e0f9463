"""The billing service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from clientcard_kit.settings import database_url, require_in_production, rpc_deadline_s

SERVICE_NAME = "billing"


@dataclass(frozen=True)
class Settings:
    database_url: str
    currency: str
    tax_rate_percent: Decimal = Decimal("20")
    remote_timeout_s: float = 3.0  # the kit's rpc_deadline_s: below the gateway's RPC_TIMEOUT_S, so a slow peer is our 503
    invoice_due_days: int = 14  # an invoice without its own due date falls due this many days after issue

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        # nameko reads AMQP_URI from config.yaml; a production start must not fall back to guest@localhost
        require_in_production(environ, "AMQP_URI")
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            currency=environ.get("CURRENCY", "GBP"),
            tax_rate_percent=Decimal(environ.get("TAX_RATE_PERCENT", "20")),
            remote_timeout_s=rpc_deadline_s(environ),
            invoice_due_days=int(environ.get("INVOICE_DUE_DAYS", "14")),
        )
