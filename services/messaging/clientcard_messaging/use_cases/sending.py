"""Sending one message: rendered, checked against the client's choices and restriction, queued for its channel."""

from __future__ import annotations

import uuid

from clientcard_kit import closed_clients
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Message
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules
from clientcard_messaging.domain.templates import MissingVariables, TemplateBroken, render
from clientcard_messaging.exceptions import MessageInvalid, TemplateNotFound


def rendered(template, variables: dict) -> dict:
    """Subject, text body and (email) HTML of a template; raises MissingVariables, TemplateBroken."""
    return {
        "subject": render(template.subject, variables),
        "body": render(template.body, variables),
        "html": render(template.html, variables, html=True),
        "notification_type": template.notification_type,
    }


def _content(uow: MessagingUnitOfWork, data: dict) -> dict:
    """Subject, body and type from the request, or from its template and variables."""
    if data["template"] is None:
        if not data["body"]:
            raise MessageInvalid("A message needs a body or a template", errors={"body": ["Missing body or template."]})
        return {"subject": data["subject"], "body": data["body"], "notification_type": data["notification_type"]}
    template = uow.templates.best(data["template"], data["location_id"], data["language"])
    if template is None:
        raise TemplateNotFound(f"No template {data['template']!r}", errors={"template": ["Unknown template."]})
    try:
        return rendered(template, data["variables"])
    except MissingVariables as missing:
        raise MessageInvalid("The template needs more variables", errors={"variables": [f"Missing: {missing}"]}) from missing
    except TemplateBroken as broken:
        raise MessageInvalid("The template failed to render", errors={"variables": [str(broken)]}) from broken


def queue(
    uow: MessagingUnitOfWork,
    client: uuid.UUID,
    channel: str,
    template: str | None,
    content: dict,
    *,
    restricted: bool = False,
    publish: bool = True,
    campaign_id: uuid.UUID | None = None,
    address: str | None = None,
    preferences: dict | None = None,
    now=None,
) -> dict:
    """Inside an open unit of work: record the message, queued for its channel unless the client's choices say no.

    `publish` False leaves the message for the channel worker's due-timer (campaigns, sent in batches).
    """
    prefs = preferences if preferences is not None else uow.preferences.get(client)
    allowed = rules.may_send(prefs, channel, content["notification_type"], restricted=restricted)
    message = uow.messages.add(
        Message(
            id=uuid.uuid4(),
            client_id=client,
            channel=channel,
            template=template,
            status="queued" if allowed else "suppressed",
            campaign_id=campaign_id,
            address=address,
            next_attempt_at=now if (allowed and not publish) else None,
            **content,
        )
    )
    uow.session.refresh(message)
    uow.outbox.add("message_status_changed", contracts.message_status_changed(message, None))
    if allowed and publish:
        # one event type per channel, so each channel's worker has a queue of its own
        uow.outbox.add(f"{channel}_message_queued", {"message_id": str(message.id), "client_id": str(client), "channel": channel})
    return contracts.message_view(message)


def send_message(
    uow: MessagingUnitOfWork,
    client_id: str,
    message: dict,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
    restricted: bool = False,
) -> dict:
    """Queue a message for its channel worker, or record it `suppressed` when the client's choices say no.

    Raises MessageInvalid, TemplateNotFound (422), IdempotencyKeyReused, ClientClosed (409).
    """
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "send_message", request_hash)
        if replayed is not None:
            return replayed
        closed_clients.refuse_closed(uow.session, client_id)
        result = queue(
            uow, uuid.UUID(str(client_id)), message["channel"], message["template"], _content(uow, message), restricted=restricted
        )
        uow.idempotency.save(idempotency_key, "send_message", request_hash, result)
        uow.commit()
    return result
