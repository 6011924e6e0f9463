"""Errors of the files service; the gateway maps them to problem+json by their status."""

from clientcard_kit.errors import InvalidInput, NotFound


class FileRejected(InvalidInput):
    title = "File rejected"


class FileNotFound(NotFound):
    title = "File not found"
