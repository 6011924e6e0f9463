"""Message templates (sandboxed Jinja2) per location and language: checked when saved, previewed before use."""

from __future__ import annotations

import uuid

from clientcard_messaging import contracts
from clientcard_messaging.db.models import MessageTemplate
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import templates as rules
from clientcard_messaging.exceptions import MessageInvalid, TemplateExists, TemplateNotFound
from clientcard_messaging.use_cases.sending import rendered


def _check(data: dict) -> None:
    """A template that does not parse is a 422 now, never a failure at send time."""
    errors = {}
    for field, html in (("subject", False), ("body", False), ("html", True)):
        try:
            rules.check(data.get(field), html=html)
        except rules.TemplateBroken as broken:
            errors[field] = [str(broken)]
    if errors:
        raise MessageInvalid("The template does not parse", errors=errors)


def create_template(uow: MessagingUnitOfWork, new_template: dict) -> dict:
    """Raises MessageInvalid (422), TemplateExists (409) for a name taken at that location and language."""
    _check(new_template)
    with uow:
        if uow.templates.exact(new_template["name"], new_template["location_id"], new_template["language"]) is not None:
            raise TemplateExists(f"A template named {new_template['name']!r} exists for that location and language")
        template = uow.templates.add(MessageTemplate(id=uuid.uuid4(), **new_template))
        uow.session.refresh(template)
        uow.commit()
        return contracts.template_view(template)


def list_templates(uow: MessagingUnitOfWork) -> list[dict]:
    with uow:
        return [contracts.template_view(t) for t in uow.templates.all()]


def preview(uow: MessagingUnitOfWork, request: dict) -> dict:
    """Render a saved template (by name, location, language) or an unsaved one with sample variables.

    Raises MessageInvalid (a template that does not parse or lacks variables), TemplateNotFound (422).
    """
    with uow:
        if request["name"]:
            template = uow.templates.best(request["name"], request["location_id"], request["language"])
            if template is None:
                raise TemplateNotFound(f"No template {request['name']!r}", errors={"name": ["Unknown template."]})
        else:
            if not request["body"]:
                raise MessageInvalid("A preview needs a template name or a body", errors={"body": ["Missing."]})
            _check(request)
            template = MessageTemplate(
                subject=request["subject"], body=request["body"], html=request["html"], notification_type="transactional"
            )
        try:
            content = rendered(template, request["variables"])
        except rules.MissingVariables as missing:
            raise MessageInvalid("The template needs more variables", errors={"variables": [f"Missing: {missing}"]}) from missing
        except rules.TemplateBroken as broken:
            raise MessageInvalid("The template failed to render", errors={"variables": [str(broken)]}) from broken
        return {"subject": content["subject"], "body": content["body"], "html": content["html"]}
