"""Errors of the profile service; the gateway maps them to problem+json by their status."""
from clientcard_kit.errors import InvalidInput, NotFound, PreconditionFailed


class ClientNotFound(NotFound):
    title = "Client not found"


class ClientInvalid(InvalidInput):
    title = "Invalid client"


class ClientVersionMismatch(PreconditionFailed):
    title = "The client changed since you read it"
