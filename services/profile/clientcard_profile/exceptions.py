"""Errors of the profile service; the gateway maps them to problem+json by their status."""

from clientcard_kit.errors import Conflict, InvalidInput, NotFound, PreconditionFailed, ServiceError


class ClientNotFound(NotFound):
    title = "Client not found"


class ClientInvalid(InvalidInput):
    title = "Invalid client"


class ClientVersionMismatch(PreconditionFailed):
    title = "The client changed since you read it"


class ClientArchived(Conflict):
    title = "The client is archived"


class CardNumberTaken(Conflict):
    title = "Card number already in use"


class LocationNotFound(NotFound):
    title = "Location not found"


class LocationInvalid(InvalidInput):
    title = "Invalid location"


class LocationVersionMismatch(PreconditionFailed):
    title = "The location changed since you read it"


class CustomFieldInvalid(InvalidInput):
    title = "Invalid custom field"


class CustomFieldNotFound(NotFound):
    title = "Custom field not found"


class CustomFieldKeyTaken(Conflict):
    title = "Custom field key already in use"


class SearchInvalid(InvalidInput):
    title = "Invalid search"


class NoteNotFound(NotFound):
    title = "Note not found"


class NoteInvalid(InvalidInput):
    title = "Invalid note"


class ClinicalNoteForbidden(ServiceError):
    status = 403
    title = "Clinical notes need the notes:clinical scope"


class VisitNotFound(NotFound):
    title = "Visit not found"


class VisitInvalid(InvalidInput):
    title = "Invalid visit"


class VisitExternalIdTaken(Conflict):
    title = "The external_id belongs to another client's visit"


class ImportNotFound(NotFound):
    title = "Import not found"


class ImportFileInvalid(InvalidInput):
    title = "The import file cannot be read"


class ImportFileTooLarge(ServiceError):
    status = 413
    title = "The import file is too large"


class MergeInvalid(InvalidInput):
    title = "Invalid merge"


class MergeConflict(Conflict):
    title = "These clients cannot be merged"


class MergeNotFound(NotFound):
    title = "Merge not found"


class MergeUndoRefused(Conflict):
    title = "This merge cannot be undone"


class ErasureNotFound(NotFound):
    title = "Erasure not found"


class ErasureInvalid(InvalidInput):
    pass


class ClientErased(Conflict):
    title = "The client was erased"
