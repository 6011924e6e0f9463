"""The billing service's settings; the only module that reads the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from clientcard_kit.settings import database_url

SERVICE_NAME = "billing"


@dataclass(frozen=True)
class Settings:
    database_url: str
    currency: str
    tax_rate_percent: Decimal = Decimal("20")
    remote_timeout_s: float = 3.0  # below the gateway's 5 s, so a slow peer is our 503, not its 504

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            currency=environ.get("CURRENCY", "GBP"),
            tax_rate_percent=Decimal(environ.get("TAX_RATE_PERCENT", "20")),
            remote_timeout_s=float(environ.get("BILLING_REMOTE_TIMEOUT_S", "3")),
        )
