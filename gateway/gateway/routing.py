"""A path that a literal route owns (`/clients/export.csv`) is that route's alone.

werkzeug falls through to a parameter route (`/clients/<client_id>`) for a method the literal route
lacks, so `PATCH /clients/export.csv` would reach the client view as a client id. It is a 405 with
`Allow` instead, as for any other method a path does not support.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import MethodNotAllowed

EXTENSION = "clientcard.literal_paths"


def remember_literal_paths(app: Flask) -> None:
    """After every blueprint is registered: each argument-free path with the methods its routes allow."""
    paths: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if not rule.arguments:
            paths.setdefault(rule.rule, set()).update(rule.methods or ())
    app.extensions[EXTENSION] = {path: frozenset(methods) for path, methods in paths.items()}


def refuse_methods_a_literal_path_lacks() -> Response | None:
    """before_request: a method a literal path lacks is a 405 naming only that path's methods, and OPTIONS
    names only those (werkzeug would serve the method from a parameter route, and add its methods to `Allow`)."""
    allowed = current_app.extensions.get(EXTENSION, {}).get(request.path)
    if not allowed:
        return None
    if request.method not in allowed:
        raise MethodNotAllowed(valid_methods=sorted(allowed))
    if request.method == "OPTIONS":
        return Response(status=200, headers={"Allow": ", ".join(sorted(allowed))})
    return None
