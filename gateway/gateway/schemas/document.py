"""What the OpenAPI document says beyond each view's schemas: operation ids, the scope each operation
needs, the problems it can answer, the headers it honours or sends, and links between operations."""

from __future__ import annotations

import json
import re

from apispec import BasePlugin

from gateway.schemas.operations import CREATED_IDS, OPERATIONS

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
HEADERS = {
    "X-Request-ID": "Echoed when the caller sent one, else made up; it names the request in every log line.",
    "ETag": "The resource's version; send it back as `If-Match` to update, or `If-None-Match` to revalidate.",
    "Location": "The URL of the resource just created.",
    "RateLimit-Limit": "Requests a minute this key may make.",
    "RateLimit-Remaining": "Requests left in the current window.",
    "Retry-After": "Seconds to wait before trying again.",
}
REQUEST_HEADERS = {
    "X-Request-ID": ("Your id for this request (echoed back, and in every log line); made up when absent.", {}),
    "Idempotency-Key": (
        "Makes a retry safe: the same key with the same body answers the first result and changes nothing; "
        "with another body, 409. Keys are kept 24 hours.",
        {},
    ),
    "If-Match": ("The `ETag` of the last read; a stale one is a 412.", {}),
    "If-None-Match": ("The `ETag` of the last read; answers 304 while it still matches.", {}),
}
# why an operation may answer each status, whatever its own schemas say
WHY = {
    304: "Not modified: `If-None-Match` matches the current `ETag`.",
    400: "The body is not JSON (or not the form) this operation reads.",
    401: "No valid API key (`Authorization: Bearer <key>`), or a callback without its signature.",
    403: "The key lacks the scope this operation needs, or is limited to other locations.",
    404: "No such resource, or one this key may not see.",
    409: "Conflicts with the current state, or an `Idempotency-Key` reused with another body.",
    412: "`If-Match` names a version that is no longer current.",
    413: "The request body is too large.",
    415: "The body's media type is not one this operation reads.",
    422: "Invalid input: `errors` names each field and what is wrong with it.",
    429: "Over this key's rate limit; `Retry-After` says when to retry.",
    502: "A service answered with an error it should not have.",
    503: "A service or its database cannot serve now (`detail` says if anything changed); `Retry-After` says when to retry.",
    504: "A service did not answer in time.",
}
WRITES = ("post", "put", "patch", "delete")
BINARY = {"type": "string", "format": "binary"}
FILE_TYPES = (
    "application/octet-stream",
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/heic",
    "application/pdf",
    "text/plain",
)
# operations whose view answers bytes itself: what the 200 carries
RAW_RESPONSES = {
    "downloadFile": {
        "description": "The file's bytes (or its JPEG thumbnail), in the media type sniffed at upload.",
        "content": {media: {"schema": BINARY} for media in FILE_TYPES},
    },
    "exportClientsCsv": {"description": "Every visible client, one row each.", "content": {"text/csv": {"schema": BINARY}}},
    "exportClientsXlsx": {
        "description": "Every visible client, one row each.",
        "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": BINARY}},
    },
}
UUID_PARAMETER = re.compile(r"_id$")


def _header(name: str) -> dict:
    schema = {"type": "integer"} if name in ("RateLimit-Limit", "RateLimit-Remaining", "Retry-After") else {"type": "string"}
    return {"description": HEADERS[name], "schema": schema}


def _problem(status: int) -> dict:
    if status == 304:
        return {"description": WHY[304], "headers": {"ETag": _header("ETag"), "X-Request-ID": _header("X-Request-ID")}}
    response = {
        "description": WHY[status],
        "headers": {"X-Request-ID": _header("X-Request-ID")},
        "content": {"application/problem+json": {"schema": PROBLEM_REF}},
    }
    if status in (429, 503):
        response["headers"]["Retry-After"] = _header("Retry-After")
    return response


def _request_header(name: str, *, required: bool = False) -> dict:
    description, bounds = REQUEST_HEADERS[name]
    return {
        "in": "header",
        "name": name,
        "required": required,
        "description": description,
        "schema": {"type": "string", **bounds},
    }


def operation_key(endpoint: str, method: str) -> str:
    return f"{endpoint}.{method}"


def derived_operation_id(endpoint: str, method: str) -> str:
    """A readable id for an operation the table does not name yet: `postClientFiles`."""
    return method + endpoint.rpartition(".")[2]


class DocumentPlugin(BasePlugin):
    """An apispec plugin that completes every operation flask-smorest documents."""

    def __init__(self, app):
        self.app = app
        self.spec = None
        self.bodies_required: set[tuple[str, str]] = set()  # (endpoint, method) whose body may not be left out

    def init_spec(self, spec):
        super().init_spec(spec)
        self.spec = spec

    def path_helper(self, path=None, operations=None, parameters=None, **kwargs):
        for parameter in parameters or []:
            if parameter.get("in") == "path" and UUID_PARAMETER.search(parameter["name"]):
                parameter["schema"] = {"type": "string", "format": "uuid"}

    def operation_helper(self, path=None, operations=None, **kwargs):
        rule = kwargs.get("rule")
        if rule is None:
            return
        view = self.app.view_functions[rule.endpoint]
        view_class = getattr(view, "view_class", None)
        has_path_parameters = bool(rule.arguments)
        for method, operation in operations.items():
            handler = getattr(view_class, method, None) if view_class else view
            _merge_multipart(operation, self.spec.components.schemas)
            complete_operation(rule.endpoint, method, operation, handler, has_path_parameters)
            if _body_required(method, operation, self.spec.components.schemas):
                self.bodies_required.add((rule.endpoint, method.upper()))


def complete_operation(endpoint: str, method: str, operation: dict, handler, has_path_parameters: bool) -> None:
    operation_id, traits = OPERATIONS.get(operation_key(endpoint, method), (None, ""))
    operation["operationId"] = operation_id or derived_operation_id(endpoint, method)
    scope = getattr(handler, "required_scope", None)
    public = getattr(handler, "public", False)
    if public:
        operation["security"] = []
    else:
        operation["security"] = [{"bearer": [scope] if scope else []}]
        needs = f"Needs the `{scope}` scope." if scope else "Any valid key."
        operation["description"] = f"{operation.get('description', '').strip()}\n\n{needs}".strip()

    parameters = operation.setdefault("parameters", [])
    for parameter in parameters:
        if parameter.get("schema", {}).get("default", "") is None:  # "absent" is not a value to declare
            del parameter["schema"]["default"]
    parameters.append(_request_header("X-Request-ID"))
    if "I" in traits:
        parameters.append(_request_header("Idempotency-Key"))
    if "M" in traits:
        parameters.append(_request_header("If-Match"))
    if "N" in traits:
        parameters.append(_request_header("If-None-Match"))

    responses = operation.setdefault("responses", {})
    responses.pop("default", None)
    if operation["operationId"] in RAW_RESPONSES:
        responses["200"] = dict(RAW_RESPONSES[operation["operationId"]])
    for status, response in responses.items():
        if str(status).startswith("2"):
            headers = response.setdefault("headers", {})
            headers["X-Request-ID"] = _header("X-Request-ID")
            if not public:
                headers["RateLimit-Limit"] = _header("RateLimit-Limit")
                headers["RateLimit-Remaining"] = _header("RateLimit-Remaining")
            if "E" in traits:
                headers["ETag"] = _header("ETag")
            if str(status) == "201":
                headers["Location"] = _header("Location")
    for status in sorted(_statuses(method, operation, traits, public, has_path_parameters)):
        responses[status] = _problem(status)


def _merge_multipart(operation: dict, components: dict) -> None:
    """flask-smorest documents a file part as a Swagger 2 `formData` parameter beside the form's body:
    the file parts join the form's fields in one `multipart/form-data` body, as the view reads them."""
    files = [p for p in operation.get("parameters", []) if p.get("in") == "formData"]
    if not files:
        return
    operation["parameters"] = [p for p in operation["parameters"] if p.get("in") != "formData"]
    body = operation.setdefault("requestBody", {"required": True, "content": {}})
    properties, required = {}, []
    for media in body["content"].values():
        form = media.get("schema", {})
        form = components.get(form["$ref"].rpartition("/")[2], {}) if "$ref" in form else form
        properties.update(form.get("properties", {}))
        required += form.get("required", [])
    for part in files:
        properties[part["name"]] = {"type": "string", "format": "binary", "description": "the file's bytes"}
        required += [part["name"]] if part.get("required") else []
    body["content"] = {
        "multipart/form-data": {
            "schema": {"type": "object", "required": required, "properties": properties},
            "encoding": {
                p["name"]: {"contentType": "application/octet-stream, image/*, application/pdf, text/csv"} for p in files
            },
        }
    }


def _body_required(method: str, operation: dict, components: dict) -> bool:
    """Updates need a body; a POST whose fields are all optional (an acknowledgement) may come without one."""
    body = operation.get("requestBody")
    if not body:
        return False
    schemas = [media.get("schema", {}) for media in body["content"].values()]
    schemas = [components.get(x["$ref"].rpartition("/")[2], {}) if "$ref" in x else x for x in schemas]
    if method == "post" and not any(x.get("required") for x in schemas):
        body["required"] = False
    return bool(body.get("required"))


def _statuses(method: str, operation: dict, traits: str, public: bool, has_path_parameters: bool) -> set[int]:
    statuses = {401, 502, 503, 504}  # public operations authenticate their callers themselves
    if not public:
        statuses |= {403, 429}
    if has_path_parameters:
        statuses.add(404)
    if "requestBody" in operation:
        statuses |= {400, 413, 415, 422}
    if any(p.get("in") == "query" for p in operation.get("parameters", [])) or "requestBody" in operation:
        statuses.add(422)
    if method in WRITES:
        statuses |= {409, 422}
    if "M" in traits:
        statuses.add(412)
    if "N" in traits:
        statuses.add(304)
    return statuses


def open_response_schemas(spec) -> None:
    """Answers may gain fields within v1 (README, versioning): a schema no request uses allows more."""
    schemas, sent = spec.components.schemas, set()
    pending = [
        json.dumps(op.get("requestBody", {})) + json.dumps(op.get("parameters", []))
        for item in spec._paths.values()
        for op in item.values()
        if isinstance(op, dict)
    ]
    while pending:
        for name in re.findall(r"#/components/schemas/(\w+)", pending.pop()):
            if name not in sent:
                sent.add(name)
                pending.append(json.dumps(schemas.get(name, {})))
    for name, schema in schemas.items():
        if name not in sent and schema.get("additionalProperties") is False:
            del schema["additionalProperties"]


def link_operations(paths: dict) -> None:
    """Links from each create to the operations on what it created: schemathesis follows them."""
    by_parameter: dict[str, list[str]] = {}
    for path, item in paths.items():
        for name in re.findall(r"{(\w+)}", path):
            by_parameter.setdefault(name, []).extend(
                op["operationId"] for method, op in item.items() if method in (*WRITES, "get")
            )
    for item in paths.values():
        for operation in item.values():
            if not isinstance(operation, dict) or operation.get("operationId") not in CREATED_IDS:
                continue
            parameter = CREATED_IDS[operation["operationId"]]
            for status, response in operation["responses"].items():
                if str(status) in ("200", "201"):
                    response["links"] = {
                        target: {"operationId": target, "parameters": {parameter: "$response.body#/id"}}
                        for target in by_parameter.get(parameter, ())
                    }


SPEC_OPTIONS = {
    "info": {
        "description": (
            "The Clientcard API: one client card across profile, billing, loyalty, messaging and files.\n\n"
            "Money is `{amount, currency}` in integer minor units. Lists take `limit` and an opaque `cursor` "
            "and answer `{items, next_cursor}`. Errors are `application/problem+json` (RFC 9457). "
            "Text is I-JSON (RFC 7493): a string with NUL or an unpaired surrogate is a 422. An operation's 422 "
            "lists, in `x-business-rules`, what a well-formed request can still be refused for. "
            "`/api/v1` changes only by addition; see the README's changelog."
        ),
    },
    "servers": [{"url": "/"}],
}


def declare_components(spec) -> None:
    """The security scheme (scopes are named on each operation) and the one Problem schema."""
    from gateway.schemas.clients import ClientSchema
    from gateway.schemas.common import ProblemSchema

    spec.components.security_scheme(
        "bearer",
        {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key: `Authorization: Bearer <key>`. Each operation names the scope it needs.",
        },
    )
    spec.options["security"] = [{"bearer": []}]
    if "Problem" not in spec.components.schemas:  # flask-smorest registers its ERROR_SCHEMA itself
        spec.components.schema("Problem", schema=ProblemSchema)
    # "Client" would shadow the SDK's own HTTP client class of that name
    spec.components.schema("ClientRecord", schema=ClientSchema)


def body_guard(bodies_required: set[tuple[str, str]]):
    """before_request: a write whose body the document requires answers 422 without one (webargs would
    read a missing body as `{}` and a PATCH with nothing in it would answer 200)."""
    from flask import request

    from gateway.errors import Problem

    def check() -> None:
        if (request.endpoint, request.method) not in bodies_required or request.content_length:
            return
        if "chunked" in request.headers.get("Transfer-Encoding", "").lower():
            return
        raise Problem(
            422,
            "Invalid input",
            "This operation needs a request body",
            errors={"_body": ["Missing request body."]},
            code="invalid-input",
        )

    return check
