"""The `log` provider: writes the message to the log (the local default, and what tests without a provider use)."""

from __future__ import annotations

import logging
import uuid

from clientcard_messaging.adapters.base import Outgoing

log = logging.getLogger(__name__)


class LogProvider:
    name = "log"

    def __init__(self, channel: str, settings=None):
        self.channel = channel

    def send(self, outgoing: Outgoing) -> str:
        provider_id = f"log-{uuid.uuid4()}"
        # named fields, so the log masking knows subject and body are free text and masks them
        log.info(
            "%s to %s (%s) subject=%r body=%r",
            self.channel,
            outgoing.address,
            provider_id,
            outgoing.subject or "",
            outgoing.body[:80],
        )
        return provider_id
