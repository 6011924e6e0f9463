"""Handing a queued message to its channel's provider, once."""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_messaging.adapters import Provider, ProviderError
from clientcard_messaging.db.uow import MessagingUnitOfWork

ADDRESS_FIELD = {"sms": "phone", "email": "email", "push": "id"}


def deliver(uow: MessagingUnitOfWork, provider: Provider, event: dict, client: dict | None, *, now: datetime) -> str:
    """Send a queued message and record the outcome; a redelivered event sends nothing again.

    A client without an address on the channel, or a provider refusal, marks the message failed.
    """
    with uow:
        message = uow.messages.get(uuid.UUID(str(event["message_id"])), lock=True)
        if message is None or message.status != "queued":
            return message.status if message else "missing"
        message.attempts += 1
        address = (client or {}).get(ADDRESS_FIELD[message.channel])
        if not address:
            message.status, message.error = "failed", f"the client has no {ADDRESS_FIELD[message.channel]}"
        else:
            try:
                message.provider_message_id = provider.send(address, message.subject, message.body)
                message.status, message.sent_at = "sent", now
            except ProviderError as error:
                message.status, message.error = "failed", str(error)
        uow.commit()
        return message.status
