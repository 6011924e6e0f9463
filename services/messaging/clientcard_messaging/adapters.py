"""Provider adapters per channel. `log` writes the message to the log (development and tests);
a real SMS, email or push provider is one more class with `send` here, chosen by settings."""

from __future__ import annotations

import logging
import uuid
from typing import Protocol

log = logging.getLogger(__name__)


class ProviderError(Exception):
    """The provider refused or failed to take the message."""


class Provider(Protocol):
    def send(self, address: str, subject: str | None, body: str) -> str:
        """Hand the message over; returns the provider's message id."""


class LogProvider:
    def __init__(self, channel: str):
        self.channel = channel

    def send(self, address: str, subject: str | None, body: str) -> str:
        provider_id = f"log-{uuid.uuid4()}"
        log.info("%s to %s: %s %s (%s)", self.channel, address, subject or "", body[:80], provider_id)
        return provider_id


PROVIDERS = {"log": LogProvider}


def provider_for(channel: str, name: str) -> Provider:
    try:
        return PROVIDERS[name](channel)
    except KeyError as error:
        raise ValueError(f"unknown {channel} provider {name!r}; known: {sorted(PROVIDERS)}") from error
