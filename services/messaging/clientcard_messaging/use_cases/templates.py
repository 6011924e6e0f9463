"""Message templates with `{placeholders}`."""

from __future__ import annotations

import uuid

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.db.models import MessageTemplate
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.exceptions import TemplateExists


def create_template(uow: MessagingUnitOfWork, payload: dict) -> dict:
    """Raises InvalidInput (422), TemplateExists (409)."""
    data = load(contracts.TemplateInput(), payload)
    with uow:
        if uow.templates.by_name(data["name"]) is not None:
            raise TemplateExists(f"A template named {data['name']!r} exists")
        template = uow.templates.add(MessageTemplate(id=uuid.uuid4(), **data))
        uow.session.refresh(template)
        uow.commit()
        return contracts.template_view(template)


def list_templates(uow: MessagingUnitOfWork) -> list[dict]:
    with uow:
        return [contracts.template_view(t) for t in uow.templates.all()]
