"""Errors of the loyalty service; the gateway shows each as problem+json with its status."""

from clientcard_kit.errors import Conflict, InvalidInput, NotFound, PreconditionFailed, ServiceError


class CardNotFound(NotFound):
    title = "Card not found"


class GiftCardNotFound(NotFound):
    title = "Gift card not found"


class GiftCardHoldNotFound(NotFound):
    title = "Gift card hold not found"


class GiftCardInsufficient(InvalidInput):
    title = "Gift card cannot cover the amount"


class GiftCardHoldLapsed(Conflict):
    title = "Gift card hold lapsed"


class GiftCardHoldConflict(Conflict):
    title = "Hold key already used for another hold"


class CardInvalid(InvalidInput):
    title = "Invalid card"


class CardConflict(Conflict):
    title = "Card conflict"


class InsufficientPoints(InvalidInput):
    title = "Not enough points"


class CreditsInvalid(InvalidInput):
    title = "Invalid credit change"


class MembershipInvalid(InvalidInput):
    title = "Invalid membership change"


class ProgramInvalid(InvalidInput):
    title = "Invalid loyalty program"


class ProgramVersionMismatch(PreconditionFailed):
    title = "Loyalty program changed"


class FamilyLinksUnavailable(ServiceError):
    status = 503
    title = "Family links unavailable"


class ClientClosed(Conflict):
    title = "The client was erased or merged away"
