"""Every error becomes RFC 9457 problem+json: HTTP errors, webargs 422s, service errors, timeouts."""
from __future__ import annotations

import json
import logging

from flask import Response, g
from flask_smorest import Api
from nameko.exceptions import MethodNotFound, RemoteError, RpcTimeout, UnknownService
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://clientcard.dev/problems/"

# nameko's own remote errors (not raised by our services' ServiceError) and what they mean here.
REMOTE_ERROR_STATUS = {
    "MethodNotFound": 501,
    "IncorrectSignature": 400,
    "MalformedRequest": 400,
    "ValidationError": 422,
}


class Problem(Exception):
    """Raised by views for a problem they detect themselves."""

    def __init__(self, status: int, title: str, detail: str = "", errors: dict | None = None, code: str | None = None):
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.errors = status, title, detail, errors
        self.code = code or title.lower().replace(" ", "-")


def problem_response(status: int, title: str, detail: str = "", *, errors: dict | None = None, code: str | None = None):
    body = {
        "type": PROBLEM_TYPE_BASE + (code or title.lower().replace(" ", "-")),
        "title": title,
        "status": status,
        "detail": detail or title,
    }
    if errors:
        body["errors"] = errors
    request_id = getattr(g, "request_id", None)
    if request_id:
        body["request_id"] = request_id
    return Response(json.dumps(body), status=status, mimetype="application/problem+json")


def flatten_webargs_messages(messages: dict) -> dict:
    """webargs nests messages by location (json, query, files); callers want `{field: [msgs]}`."""
    errors: dict = {}
    for location_messages in messages.values():
        if isinstance(location_messages, dict):
            for field, field_messages in location_messages.items():
                errors.setdefault(field, []).extend(_as_list(field_messages))
        else:
            errors.setdefault("_request", []).extend(_as_list(location_messages))
    return errors


def _as_list(messages) -> list:
    if isinstance(messages, list):
        return messages
    if isinstance(messages, dict):
        return [messages]
    return [str(messages)]


def remote_error_problem(error: RemoteError):
    """A service's ServiceError carries its problem as JSON; anything else maps by type name."""
    try:
        problem = json.loads(error.value)
    except (TypeError, ValueError):
        problem = None
    if isinstance(problem, dict) and "status" in problem:
        return problem_response(
            int(problem["status"]),
            problem.get("title", "Error"),
            problem.get("detail", ""),
            errors=problem.get("errors"),
            code=_kebab(problem.get("code", "error")),
        )
    status = REMOTE_ERROR_STATUS.get(error.exc_type, 502)
    log.error("service error %s: %s", error.exc_type, error.value)
    return problem_response(status, "Service error", f"{error.exc_type}", code="service-error")


def _kebab(name: str) -> str:
    return "".join("-" + ch.lower() if ch.isupper() else ch for ch in name).lstrip("-")


class ProblemApi(Api):
    """flask-smorest's Api with problem+json for every HTTP error it would otherwise render."""

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        messages = data.get("messages")
        if error.code == 422 and messages:
            return problem_response(
                422, "Invalid input", "The request has invalid fields", errors=flatten_webargs_messages(messages),
                code="invalid-input",
            )
        return problem_response(error.code or 500, error.name, error.description or error.name)


def register_error_handlers(app) -> None:
    app.register_error_handler(Problem, lambda e: problem_response(e.status, e.title, e.detail, errors=e.errors, code=e.code))
    app.register_error_handler(RemoteError, remote_error_problem)
    app.register_error_handler(
        RpcTimeout, lambda e: problem_response(504, "Service timeout", "A service did not answer in time")
    )
    app.register_error_handler(
        UnknownService, lambda e: problem_response(503, "Service unavailable", f"Service {e} is not running")
    )
    app.register_error_handler(
        MethodNotFound, lambda e: problem_response(501, "Not implemented", str(e))
    )

    def unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return problem_response(error.code or 500, error.name, error.description or error.name)
        log.exception("unhandled error")
        return problem_response(500, "Internal error", "An unexpected error occurred; see the logs by request id")

    app.register_error_handler(Exception, unexpected)
