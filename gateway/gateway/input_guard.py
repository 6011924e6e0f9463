"""Refuses text no database can store (NUL, unpaired UTF-16 surrogates) before any service sees it.

PostgreSQL rejects NUL in text and UTF-8 cannot encode a lone surrogate; either would surface as a
5xx from deep inside a service, so the gateway answers 422 naming the field instead.
"""

from __future__ import annotations

from flask import request

from gateway.errors import Problem

MESSAGE = "Contains a character that cannot be stored (NUL or an unpaired surrogate)."


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


def check_request() -> None:
    """before_request: 422 naming every field (query, form or JSON) holding unstorable text."""
    fields = [name for name, value in request.args.items(multi=True) if _unstorable(value) or _unstorable(name)]
    fields += [name for name, value in request.form.items(multi=True) if _unstorable(value)]
    if request.is_json:
        fields += _bad_fields(request.get_json(silent=True), "")
    if fields:
        raise Problem(422, "Invalid input", "The request has invalid fields", errors={f or "_body": [MESSAGE] for f in fields})
