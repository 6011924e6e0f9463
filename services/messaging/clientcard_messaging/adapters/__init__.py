"""What messaging speaks to outside its own database: profile over RPC (`lookups`) and a provider adapter per
channel, one class each, chosen by settings (`SMS_PROVIDER=twilio`, ...)."""

from __future__ import annotations

from clientcard_messaging.adapters.base import Outgoing, Provider, ProviderError
from clientcard_messaging.adapters.http_providers import FcmPushProvider, TwilioSmsProvider
from clientcard_messaging.adapters.log import LogProvider
from clientcard_messaging.adapters.smtp import SmtpProvider

__all__ = ["Outgoing", "Provider", "ProviderError", "provider_for"]

PROVIDERS = {
    "sms": {"log": LogProvider, "twilio": TwilioSmsProvider},
    "email": {"log": LogProvider, "smtp": SmtpProvider},
    "push": {"log": LogProvider, "fcm": FcmPushProvider},
}


def provider_for(channel: str, name: str, settings=None) -> Provider:
    try:
        return PROVIDERS[channel][name](channel, settings)
    except KeyError as error:
        raise ValueError(f"unknown {channel} provider {name!r}; known: {sorted(PROVIDERS[channel])}") from error
