"""Refuses bodies and text that would fail deep inside the suite, before any service sees them.

A JSON operation takes JSON only (415 for any other body); a body that is not JSON, or is nested past
MAX_DEPTH (Python's parser would raise RecursionError, a 500), is a 400. PostgreSQL rejects NUL in text
and UTF-8 cannot encode a lone surrogate; either would surface as a 5xx from a service, so the gateway
answers 422 naming the field instead. Uploaded file names are cut to a plain name.
"""

from __future__ import annotations

import re

from flask import current_app, request
from werkzeug.exceptions import BadRequest

from gateway.errors import Problem

MESSAGE = "Contains a character that cannot be stored (NUL or an unpaired surrogate)."
MAX_DEPTH = 32  # the deepest request schema nests four levels; custom fields and variables are flat


def plain_filename(name: str | None) -> str | None:
    """A client's file name as shown and offered on download: its last path segment, without control
    characters or leading dots, so that no name is ever a path (`../../etc/passwd` is `passwd`)."""
    if name is None:
        return None
    base = "".join(ch for ch in re.split(r"[/\\]", name)[-1] if ch.isprintable())
    return base.lstrip(". ").strip()[:255] or "file"


def _unstorable(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _bad_fields(value, path: str) -> list[str]:
    if isinstance(value, str):
        return [path] if _unstorable(value) else []
    if isinstance(value, dict):
        return [
            f
            for key, item in value.items()
            for f in _bad_fields(key, path) + _bad_fields(item, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(value, list):
        return [f for index, item in enumerate(value) for f in _bad_fields(item, f"{path}.{index}" if path else str(index))]
    return []


def _takes_json() -> bool:
    """Whether the view's arguments come from a JSON body (flask-smorest notes each `@blp.arguments`)."""
    view = current_app.view_functions.get(request.endpoint)
    handler = getattr(getattr(view, "view_class", None), request.method.lower(), view)
    parameters = getattr(handler, "_apidoc", {}).get("arguments", {}).get("parameters", [])
    return any(parameter.get("in") == "json" for parameter in parameters)


def _has_body() -> bool:
    return bool(request.content_length) or "chunked" in request.headers.get("Transfer-Encoding", "").lower()


def _too_deep(value) -> bool:
    """Iteratively, so that checking a deep body cannot itself overflow the stack."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _json_body():
    """The parsed body; 400 when it is not JSON in UTF-8 or nests past MAX_DEPTH."""
    try:
        body = request.get_json()
    except RecursionError:
        body, too_deep = None, True
    except BadRequest:
        raise Problem(400, "Invalid JSON", "The body is not valid JSON in UTF-8", code="invalid-json") from None
    else:
        too_deep = _too_deep(body)
    if too_deep:
        raise Problem(400, "Invalid JSON", f"The body nests deeper than {MAX_DEPTH} levels", code="invalid-json")
    return body


def check_request() -> None:
    """before_request: 415 for a body a JSON operation cannot read, 400 for broken or too deep JSON, and
    422 naming every field (query, form or JSON) holding unstorable text."""
    if _has_body() and not request.is_json and request.endpoint and _takes_json():
        raise Problem(
            415,
            "Unsupported media type",
            f"This operation takes application/json, not {request.mimetype[:100] or 'an untyped body'}",
            code="unsupported-media-type",
        )
    fields = [name for name, value in request.args.items(multi=True) if _unstorable(value) or _unstorable(name)]
    fields += [name for name, value in request.form.items(multi=True) if _unstorable(value)]
    if request.is_json and _has_body():
        fields += _bad_fields(_json_body(), "")
    if fields:
        raise Problem(422, "Invalid input", "The request has invalid fields", errors={f or "_body": [MESSAGE] for f in fields})
