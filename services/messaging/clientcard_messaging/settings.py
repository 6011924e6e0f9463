"""The messaging service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import database_url

SERVICE_NAME = "messaging"


@dataclass(frozen=True)
class Settings:
    database_url: str
    sms_provider: str = "log"
    email_provider: str = "log"
    push_provider: str = "log"
    profile_timeout_s: float = 5.0

    def provider(self, channel: str) -> str:
        return getattr(self, f"{channel}_provider")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            sms_provider=environ.get("SMS_PROVIDER", "log"),
            email_provider=environ.get("EMAIL_PROVIDER", "log"),
            push_provider=environ.get("PUSH_PROVIDER", "log"),
            profile_timeout_s=float(environ.get("PROFILE_RPC_TIMEOUT_S", "5")),
        )
