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
