"""Every error becomes RFC 9457 problem+json: HTTP errors, webargs 422s, service errors, timeouts."""

from __future__ import annotations

import json
import logging

import amqp.exceptions
from flask import Response, g
from flask_smorest import Api
from kombu.exceptions import OperationalError as KombuOperationalError
from nameko.exceptions import MethodNotFound, RemoteError, RpcTimeout, UnknownService
from werkzeug.exceptions import HTTPException

from clientcard_kit import database
from clientcard_kit.errors import ServiceError
from gateway.rpc import BrokerUnavailable
from gateway.schemas.common import ProblemSchema

log = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://clientcard.dev/problems/"
RETRY_AFTER_S = 2  # a 503 without a figure of its own: a service restarting, a database busy

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


# what a gateway answers while a service or the broker is away: each says when to come back
RETRY_LATER = frozenset({502, 503, 504})
# the broker refused, dropped or never answered the connection an RPC needed
BROKER_DOWN = (
    BrokerUnavailable,
    KombuOperationalError,
    amqp.exceptions.RecoverableConnectionError,
    ConnectionError,
    TimeoutError,
)


def problem_response(
    status: int,
    title: str,
    detail: str = "",
    *,
    errors: dict | None = None,
    code: str | None = None,
    retry_after_s: int | None = None,
):
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
    response = Response(json.dumps(body), status=status, mimetype="application/problem+json")
    if status in RETRY_LATER:  # "come back later" always says when (RFC 9110 10.2.3)
        response.headers["Retry-After"] = str(retry_after_s or RETRY_AFTER_S)
    return response


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


def remote_status(error: RemoteError) -> int | None:
    """The HTTP status a service's error stands for (None for nameko's own errors)."""
    try:
        problem = json.loads(error.value)
    except (TypeError, ValueError):
        return None
    return int(problem["status"]) if isinstance(problem, dict) and "status" in problem else None


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
            retry_after_s=_seconds(problem.get("retry_after")),
        )
    status = REMOTE_ERROR_STATUS.get(error.exc_type, 502)
    # the exception's name and text stay in the log: a caller learns nothing of the service's insides
    log.error("service error %s: %s", error.exc_type, error.value)
    detail = (
        "A service could not take this request's arguments"
        if status < 500
        else "A service failed to answer this request; see the logs by request id"
    )
    return problem_response(status, "Service error", detail, code="service-error")


def _seconds(value) -> int | None:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return None


def _kebab(name: str) -> str:
    return "".join("-" + ch.lower() if ch.isupper() else ch for ch in name).lstrip("-")


class ProblemApi(Api):
    """flask-smorest's Api with problem+json for every HTTP error it would otherwise render.

    The document's error responses come from gateway.schemas.document, not from flask-smorest's defaults.
    """

    DEFAULT_ERROR_RESPONSE_NAME = None
    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        messages = data.get("messages")
        if error.code == 422 and messages:
            return problem_response(
                422,
                "Invalid input",
                "The request has invalid fields",
                errors=flatten_webargs_messages(messages),
                code="invalid-input",
            )
        return http_problem(error)


def http_problem(error: HTTPException):
    """An HTTP error as a problem, keeping the headers it must carry (`Allow` on a 405)."""
    response = problem_response(error.code or 500, error.name, error.description or error.name)
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def register_error_handlers(app) -> None:
    app.register_error_handler(Problem, lambda e: problem_response(e.status, e.title, e.detail, errors=e.errors, code=e.code))
    app.register_error_handler(RemoteError, remote_error_problem)
    # the kit's errors raised in the gateway itself (a cursor it did not give, say), as services' are
    app.register_error_handler(
        ServiceError, lambda e: problem_response(e.status, e.title, e.detail, errors=e.errors, code=_kebab(type(e).__name__))
    )
    app.register_error_handler(RpcTimeout, lambda e: problem_response(504, "Service timeout", "A service did not answer in time"))
    app.register_error_handler(
        UnknownService, lambda e: problem_response(503, "Service unavailable", f"Service {e} is not running")
    )
    app.register_error_handler(MethodNotFound, lambda e: problem_response(501, "Not implemented", str(e)))

    def unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return http_problem(error)
        if isinstance(error, BROKER_DOWN):  # the gateway could not reach RabbitMQ to ask a service
            log.warning("broker unavailable: %s", type(error).__name__)
            return problem_response(
                503, "Service unavailable", "The message broker is unavailable; retry shortly", code="service-unavailable"
            )
        if database.unavailable(error):  # the gateway's own database: its pool, or the server, cannot serve now
            log.warning("gateway database unavailable: %s", database.describe(error))
            return problem_response(
                503, "Service unavailable", "The gateway's database is unavailable; retry shortly", code="service-unavailable"
            )
        log.exception("unhandled error")
        return problem_response(500, "Internal error", "An unexpected error occurred; see the logs by request id")

    app.register_error_handler(Exception, unexpected)


def write_server_problem(sock, status: int, reason: str, message: str) -> None:
    """gunicorn's own answers (a 414 for an over-long request line, a 431, a 400 for a broken request)
    as problem+json, like every other answer; installed over gunicorn.util.write_error by gunicorn_conf."""
    from gunicorn import util

    body = json.dumps(
        {
            "type": PROBLEM_TYPE_BASE + reason.lower().replace(" ", "-"),
            "title": reason,
            "status": status,
            "detail": message,
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode("latin1")
    util.write_nonblock(sock, head + body)
