"""Sending one message: rendered, checked against the client's opt-outs, queued for its channel."""

from __future__ import annotations

import uuid

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Message
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules
from clientcard_messaging.domain.templates import MissingVariables, render
from clientcard_messaging.exceptions import MessageInvalid, TemplateNotFound


def _content(uow: MessagingUnitOfWork, data: dict) -> dict:
    """Subject, body and type from the request, or from its template and variables."""
    if data["template"] is None:
        if not data["body"]:
            raise MessageInvalid("A message needs a body or a template", errors={"body": ["Missing body or template."]})
        return {"subject": data["subject"], "body": data["body"], "notification_type": data["notification_type"]}
    template = uow.templates.by_name(data["template"])
    if template is None:
        raise TemplateNotFound(f"No template {data['template']!r}", errors={"template": ["Unknown template."]})
    try:
        return {
            "subject": render(template.subject, data["variables"]),
            "body": render(template.body, data["variables"]),
            "notification_type": template.notification_type,
        }
    except MissingVariables as missing:
        raise MessageInvalid("The template needs more variables", errors={"variables": [f"Missing: {missing}"]}) from missing


def queue(uow: MessagingUnitOfWork, client: uuid.UUID, channel: str, template: str | None, content: dict) -> dict:
    """Inside an open unit of work: record the message, queued for its channel unless the client opted out."""
    allowed = rules.may_send(uow.preferences.get(client), channel, content["notification_type"])
    message = uow.messages.add(
        Message(
            id=uuid.uuid4(),
            client_id=client,
            channel=channel,
            template=template,
            status="queued" if allowed else "suppressed",
            **content,
        )
    )
    uow.session.refresh(message)
    if allowed:
        # one event type per channel, so each channel's worker has a queue of its own
        uow.outbox.add(f"{channel}_message_queued", {"message_id": str(message.id), "client_id": str(client), "channel": channel})
    return contracts.message_view(message)


def send_message(
    uow: MessagingUnitOfWork,
    client_id: str,
    payload: dict,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Queue a message for its channel worker, or record it `suppressed` when the client opted out.

    Raises MessageInvalid, TemplateNotFound (422), IdempotencyKeyReused (409).
    """
    data = load(contracts.MessageInput(), payload)
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "send_message", request_hash)
        if replayed is not None:
            return replayed
        result = queue(uow, uuid.UUID(str(client_id)), data["channel"], data["template"], _content(uow, data))
        uow.idempotency.save(idempotency_key, "send_message", request_hash, result)
        uow.commit()
    return result
