"""Provider callbacks: delivery reports move a message to delivered or failed; replies join the client's thread."""

from __future__ import annotations

import hmac
import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from clientcard_messaging import contracts
from clientcard_messaging.db.models import Message
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import callbacks, links
from clientcard_messaging.exceptions import CallbackInvalid, CallbackRejected

log = logging.getLogger(__name__)


def receive(
    uow: MessagingUnitOfWork,
    provider: str,
    request: dict,
    *,
    secret: str,
    now: datetime,
    find_client: Callable[[str], str | None],
) -> dict:
    """One callback: `request` is {content_type, body, timestamp, signature, shared_secret} as the gateway got it.

    Raises CallbackRejected (401) unless signed with, or carrying, our secret; CallbackInvalid (422).
    """
    body = request.get("body") or ""
    shared = request.get("shared_secret")
    if not (shared and hmac.compare_digest(shared, secret)):
        try:
            links.check_callback(secret, request.get("timestamp"), request.get("signature"), body.encode())
        except links.BadSignature as error:
            raise CallbackRejected(str(error)) from error
    try:
        said = callbacks.read(provider, request.get("content_type") or "", body)
    except callbacks.UnreadableCallback as error:
        raise CallbackInvalid(str(error)) from error
    if isinstance(said, callbacks.Report):
        return _report(uow, said, now)
    return _inbound(uow, said, now, find_client)


def _report(uow: MessagingUnitOfWork, report: callbacks.Report, now: datetime) -> dict:
    with uow:
        message = uow.messages.by_provider_id(report.provider_message_id, lock=True)
        if message is None:
            raise CallbackInvalid(f"no message {report.provider_message_id!r}")
        previous = message.status
        # a late `sent` after `delivered`, or a repeated report, changes nothing
        if report.status is not None and previous in ("sent", "queued") and report.status != previous:
            message.status = report.status
            if report.status == "delivered":
                message.delivered_at = now
            else:
                message.error = report.reason or "the provider reported a failure"
            uow.outbox.add("message_status_changed", contracts.message_status_changed(message, previous))
        uow.commit()
        return {"message_id": str(message.id), "status": message.status}


def _inbound(uow: MessagingUnitOfWork, inbound: callbacks.Inbound, now: datetime, find_client) -> dict:
    with uow:
        replied = callbacks.replied_message_id(inbound.in_reply_to)
        original = uow.messages.get(uuid.UUID(replied)) if replied else None
        original = original or uow.messages.latest_to_address(inbound.address)
        client_id, original_id = (original.client_id, original.id) if original else (None, None)
    if client_id is None:
        found = find_client(inbound.address)  # no message went to this address: ask profile who has it
        client_id = uuid.UUID(found) if found else None
    if client_id is None:
        # kept in the log and answered 422, so the provider retries and the operator sees it
        log.warning("an inbound %s from an address no client has", inbound.channel)
        raise CallbackInvalid("no client has this address")
    with uow:
        message = uow.messages.add(
            Message(
                id=uuid.uuid4(),
                client_id=client_id,
                channel=inbound.channel,
                direction="inbound",
                status="received",
                address=inbound.address,
                subject=inbound.subject,
                body=inbound.body or "(empty)",
                in_reply_to=original_id,
                sent_at=now,
            )
        )
        uow.session.refresh(message)
        uow.outbox.add("message_status_changed", contracts.message_status_changed(message, None))
        uow.commit()
        return {"message_id": str(message.id), "status": "received", "client_id": str(client_id)}
