"""The loyalty service's settings; the only module that reads the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import database_url

SERVICE_NAME = "loyalty"


@dataclass(frozen=True)
class Settings:
    database_url: str
    currency: str = "GBP"
    expiring_notice_days: int = 14

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            currency=environ.get("CURRENCY", "GBP"),
            expiring_notice_days=int(environ.get("POINTS_EXPIRING_NOTICE_DAYS", "14")),
        )
