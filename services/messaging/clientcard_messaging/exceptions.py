"""Errors of the messaging service; the gateway maps them to problem+json by their status."""

from clientcard_kit.errors import Conflict, InvalidInput, NotFound, ServiceError


class MessageInvalid(InvalidInput):
    title = "Invalid message"


class TemplateNotFound(InvalidInput):
    title = "Unknown template"


class TemplateExists(Conflict):
    title = "Template name taken"


class MessageNotFound(NotFound):
    title = "Message not found"


class CallbackRejected(ServiceError):
    """A provider callback without our signature or shared secret."""

    status = 401
    title = "Callback not authenticated"


class CallbackInvalid(InvalidInput):
    title = "Unreadable provider callback"


class UnsubscribeLinkInvalid(NotFound):
    title = "Unsubscribe link not valid"


class CampaignInvalid(InvalidInput):
    title = "Invalid campaign"


class CampaignNotFound(NotFound):
    title = "Campaign not found"


class CallInvalid(InvalidInput):
    title = "Invalid call"
