"""Errors a service raises across RPC; the gateway turns them into problem+json.

nameko sends only an exception's class name and `str()`, so `str()` is a JSON problem:
the gateway reads status, title, detail and field errors from it without importing the service.
"""

from __future__ import annotations

import json


class ServiceError(Exception):
    status = 500
    title = "Internal error"

    def __init__(self, detail: str = "", *, errors: dict | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or {}

    def problem(self) -> dict:
        problem = {"status": self.status, "title": self.title, "detail": self.detail, "code": type(self).__name__}
        if self.errors:
            problem["errors"] = self.errors
        return problem

    def __str__(self) -> str:
        return json.dumps(self.problem())


class NotFound(ServiceError):
    status = 404
    title = "Not found"


class InvalidInput(ServiceError):
    status = 422
    title = "Invalid input"


class Conflict(ServiceError):
    status = 409
    title = "Conflict"


class PreconditionFailed(ServiceError):
    status = 412
    title = "Precondition failed"


class IdempotencyKeyReused(Conflict):
    title = "Idempotency key reused"


class ServiceUnavailable(ServiceError):
    """The service cannot answer now (its database refused, timed out or dropped the connection); nothing changed.

    `retry_after_s` travels in the problem as `retry_after`; the gateway sends it as `Retry-After`.
    """

    status = 503
    title = "Service unavailable"

    def __init__(self, detail: str = "", *, retry_after_s: int = 2, errors: dict | None = None):
        super().__init__(detail, errors=errors)
        self.retry_after_s = retry_after_s

    def problem(self) -> dict:
        return {**super().problem(), "retry_after": self.retry_after_s}


class RemoteProblem(ServiceError):
    """Another service's problem (e.g. loyalty's GiftCardInsufficient), passed on with its status, title and code."""

    def __init__(self, problem: dict):
        super().__init__(problem.get("detail", ""), errors=problem.get("errors"))
        self.status = int(problem.get("status", 502))
        self.title = problem.get("title", "Error")
        self.code = problem.get("code", "RemoteProblem")

    def problem(self) -> dict:
        return {**super().problem(), "code": self.code}

    @staticmethod
    def parse(value: str | None) -> dict | None:
        """The problem a remote ServiceError sent as its `str()`; None for anything else (a crash, a bug)."""
        try:
            problem = json.loads(value or "")
        except (TypeError, ValueError):
            return None
        return problem if isinstance(problem, dict) and "status" in problem else None
