"""Errors of the messaging service; the gateway maps them to problem+json by their status."""

from clientcard_kit.errors import Conflict, InvalidInput, NotFound


class MessageInvalid(InvalidInput):
    title = "Invalid message"


class TemplateNotFound(InvalidInput):
    title = "Unknown template"


class TemplateExists(Conflict):
    title = "Template name taken"


class MessageNotFound(NotFound):
    title = "Message not found"
