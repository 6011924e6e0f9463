"""Errors of the billing service; the gateway maps them to problem+json by their status."""
from __future__ import annotations

import json

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


class RemoteProblem(ServiceError):
    """Another service's problem (e.g. loyalty's GiftCardInsufficient), passed on with its status."""

    def __init__(self, problem: dict):
        super().__init__(problem.get("detail", ""), errors=problem.get("errors"))
        self.status = int(problem.get("status", 502))
        self.title = problem.get("title", "Error")
        self.code = problem.get("code", "RemoteProblem")

    def problem(self) -> dict:
        return {**super().problem(), "code": self.code}

    @classmethod
    def from_remote_value(cls, value: str) -> ServiceError:
        try:
            problem = json.loads(value)
        except (TypeError, ValueError):
            problem = None
        if isinstance(problem, dict) and "status" in problem:
            return cls(problem)
        return DependencyUnavailable(f"a service failed: {value}")
