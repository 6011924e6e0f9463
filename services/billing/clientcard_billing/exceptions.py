"""Errors of the billing service; the gateway maps them to problem+json by their status."""

from __future__ import annotations

from clientcard_kit.errors import Conflict, InvalidInput, NotFound, ServiceError


class ClientAccountNotFound(NotFound):
    title = "Client not found"


class InvoiceNotFound(NotFound):
    title = "Invoice not found"


class CardNotFound(NotFound):
    title = "Card not found"


class BillingInvalid(InvalidInput):
    title = "Invalid billing request"


class CurrencyMismatch(InvalidInput):
    title = "Currency mismatch"


class InsufficientFunds(InvalidInput):
    title = "Insufficient funds"


class Overpayment(InvalidInput):
    title = "Overpayment"


class UnknownLocation(InvalidInput):
    title = "Unknown location"


class ClientsNotLinked(InvalidInput):
    title = "Clients not linked"


class GiftCardHoldLapsed(Conflict):
    title = "Gift card hold lapsed"


class DependencyUnavailable(ServiceError):
    status = 503
    title = "Service unavailable"


class ClientClosed(Conflict):
    title = "The client was erased or merged away"
