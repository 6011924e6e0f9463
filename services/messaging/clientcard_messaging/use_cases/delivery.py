"""Handing a queued message to its channel's provider: once, retried with backoff while the refusal is temporary.

Nothing is dropped: a message leaves `queued` only as `sent` or as `failed` with the reason.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_messaging import contracts
from clientcard_messaging.adapters import Outgoing, Provider, ProviderError
from clientcard_messaging.adapters.base import DEFERRED, FAILED, SENT, timed
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import links, retries

ADDRESS_FIELD = {"sms": "phone", "email": "email", "push": "push_token"}


def _address(channel: str, client: dict | None) -> str | None:
    client = client or {}
    if channel == "push":
        return client.get("push_token") or client.get("id")  # the app registers devices under the client id
    return client.get(ADDRESS_FIELD[channel])


def _outgoing(message, settings) -> Outgoing:
    unsubscribe = None
    if message.channel == "email" and message.notification_type == "marketing":
        token = links.unsubscribe_token(settings.unsubscribe_secret, message.client_id, message.id)
        unsubscribe = f"{settings.callback_base_url}/api/v1/unsubscribe/{token}"
    body = message.body if unsubscribe is None else f"{message.body}\n\nUnsubscribe: {unsubscribe}"
    html = message.html
    if html is not None and unsubscribe is not None:
        html = f'{html}<p><a href="{unsubscribe}">Unsubscribe</a></p>'
    return Outgoing(str(message.id), message.address, message.subject, body, html, unsubscribe)


def deliver(
    uow: MessagingUnitOfWork, provider: Provider, event: dict, client: dict | None, *, now: datetime, settings=None
) -> str:
    """Send a queued message and record the outcome; a redelivered event sends nothing again.

    `client` is profile's record (None when it is gone, or on a retry: the address is kept from the
    first try). No address on the channel, or a permanent refusal, marks the message failed; a
    temporary one keeps it queued with `next_attempt_at` until `max_attempts`.
    """
    with uow:
        message = uow.messages.get(uuid.UUID(str(event["message_id"])), lock=True)
        if message is None or message.status != "queued":
            return message.status if message else "missing"
        if message.next_attempt_at is not None and message.next_attempt_at > now:
            return "queued"  # a retry is scheduled; the timer sends it when due
        if message.address is None:
            message.address = _address(message.channel, client)
        message.attempts += 1
        message.provider = getattr(provider, "name", None)
        if not message.address:
            message.status, message.error = "failed", f"the client has no {ADDRESS_FIELD[message.channel]}"
        else:
            _hand_over(message, provider, settings, now)
        if message.status != "queued":
            (SENT if message.status == "sent" else FAILED).labels(message.channel).inc()
            uow.outbox.add("message_status_changed", contracts.message_status_changed(message, "queued"))
        uow.commit()
        return message.status


def _hand_over(message, provider: Provider, settings, now: datetime) -> None:
    try:
        with timed(message.channel, getattr(provider, "name", "?")):
            message.provider_message_id = provider.send(_outgoing(message, settings))
        message.status, message.sent_at, message.next_attempt_at, message.error = "sent", now, None, None
    except ProviderError as error:
        message.error = str(error)
        if error.temporary and settings is not None and not retries.gives_up(message.attempts, settings.max_attempts):
            DEFERRED.labels(message.channel).inc()
            message.next_attempt_at = retries.next_attempt(
                now, message.attempts, base_s=settings.retry_base_s, cap_s=settings.retry_cap_s, retry_after=error.retry_after
            )
        else:
            message.status, message.next_attempt_at = "failed", None


def due_messages(uow: MessagingUnitOfWork, channel: str, now: datetime, limit: int = 100) -> list[str]:
    """Ids of this channel's queued messages whose retry is due."""
    with uow:
        return [str(m) for m in uow.messages.due(channel, now, limit)]
