"""Errors of the files service; the gateway maps them to problem+json by their status."""

from clientcard_kit.errors import Conflict, InvalidInput, NotFound, ServiceError


class FileRejected(InvalidInput):
    title = "File rejected"


class FileNotFound(NotFound):
    title = "File not found"


class FileUnsupported(ServiceError):
    status = 415
    title = "Unsupported file"


class FileTooLarge(ServiceError):
    status = 413
    title = "File too large"


class UploadNotFound(NotFound):
    title = "Upload not found"


class ConsentTemplateNotFound(NotFound):
    title = "Consent template not found"


class ConsentNotFound(NotFound):
    title = "Consent not found"


class ConsentRejected(InvalidInput):
    title = "Consent rejected"


class ConsentWithdrawn(Conflict):
    title = "Consent already withdrawn"


class StreamTicketInvalid(ServiceError):
    status = 403
    title = "Invalid stream ticket"
