"""The profile service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import database_url, require_in_production

SERVICE_NAME = "profile"
LOCAL_ERASURE_KEY = "clientcard-local-only"  # `make up` on a laptop; every deployment sets its own


@dataclass(frozen=True)
class Settings:
    database_url: str
    phone_region: str
    clinical_retention_years: int = 8  # how long an erased client's clinical notes stay sealed (0: erased at once)
    erasure_key: str = LOCAL_ERASURE_KEY  # hashes an erased client's old-system ids (domain/erased_ids.py)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        # nameko reads AMQP_URI from config.yaml; a production start must not fall back to guest@localhost
        require_in_production(environ, "AMQP_URI", "ERASURE_KEY")
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            phone_region=environ.get("PHONE_REGION", "GB"),
            clinical_retention_years=int(environ.get("CLINICAL_RETENTION_YEARS", "8")),
            erasure_key=environ.get("ERASURE_KEY") or LOCAL_ERASURE_KEY,
        )
