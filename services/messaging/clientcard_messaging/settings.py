"""The messaging service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from clientcard_kit.settings import database_url, require_in_production, rpc_deadline_s

SERVICE_NAME = "messaging"
LOCAL_SECRET = "clientcard-local-only"  # `make up` on a laptop; every deployment sets its own


@dataclass(frozen=True)
class Settings:
    database_url: str
    sms_provider: str = "log"
    email_provider: str = "log"
    push_provider: str = "log"
    rpc_deadline_s: float = 3.0  # how long to wait for profile or loyalty (the kit's share of RPC_TIMEOUT_S)
    provider_timeout_s: float = 10.0
    # email over SMTP
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    smtp_starttls: bool = False
    smtp_ca_file: str = ""  # a private CA's certificate; the system's trust store otherwise
    smtp_username: str = ""
    smtp_password: str = ""
    email_from: str = "Clientcard <no-reply@clientcard.local>"
    email_domain: str = "clientcard.local"
    # sms (Twilio-style) and push (FCM-style)
    sms_api_url: str = "https://api.twilio.com"
    sms_account_sid: str = ""
    sms_auth_token: str = ""
    sms_from: str = ""
    push_api_url: str = "https://fcm.googleapis.com"
    push_project: str = ""
    push_token: str = ""
    # what reaches us from outside: provider callbacks and unsubscribe links
    callback_secret: str = LOCAL_SECRET
    unsubscribe_secret: str = LOCAL_SECRET
    callback_base_url: str = "http://127.0.0.1:8080"  # the gateway's public URL, for status callbacks and unsubscribe links
    # retries of temporary provider failures: backoff doubles from retry_base_s, capped, then failed
    max_attempts: int = 6
    retry_base_s: float = 30.0
    retry_cap_s: float = 3600.0
    campaign_batch: int = 500
    reminder_hour: int = 10  # local time at the visit's location, the day before

    def provider(self, channel: str) -> str:
        return getattr(self, f"{channel}_provider")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        # nameko reads AMQP_URI from config.yaml; a production start must not fall back to guest@localhost
        require_in_production(
            environ,
            "AMQP_URI",
            "SMS_PROVIDER",
            "EMAIL_PROVIDER",
            "PUSH_PROVIDER",
            "PROVIDER_CALLBACK_SECRET",
            "UNSUBSCRIBE_SECRET",
        )
        values: dict = {"database_url": database_url(SERVICE_NAME, environ), "rpc_deadline_s": rpc_deadline_s(environ)}
        renamed = {"callback_secret": "PROVIDER_CALLBACK_SECRET"}
        for field in fields(cls):
            if field.name in values:
                continue
            raw = environ.get(renamed.get(field.name, field.name.upper()))
            if raw is None:
                continue
            kind = type(field.default)
            values[field.name] = raw.lower() in ("1", "true", "yes") if kind is bool else kind(raw)
        return cls(**values)
