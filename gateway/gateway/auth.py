"""Bearer API-key authentication and scope checks."""
from __future__ import annotations

import functools

from flask import current_app, g, request

from gateway.errors import Problem

PUBLIC_PATHS = ("/healthz", "/readyz", "/metrics", "/api/v1/openapi.json", "/favicon.ico")


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path == "/" or path.startswith("/static/") or path.startswith("/api/v1/docs")


def authenticate() -> None:
    """before_request: every non-public path needs a valid key (401 otherwise)."""
    if is_public(request.path):
        return
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Problem(401, "Unauthorized", "Send `Authorization: Bearer <api key>`")
    principal = current_app.extensions["clientcard.keys"].authenticate(secret.strip())
    if principal is None:
        raise Problem(401, "Unauthorized", "The API key is unknown or revoked")
    g.principal = principal


def require(scope: str) -> None:
    if not g.principal.has(scope):
        raise Problem(403, "Forbidden", f"This API key lacks the `{scope}` scope", code="missing-scope")


def requires(scope: str):
    """Decorate a view method: 403 unless the key carries `scope`."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            require(scope)
            return view(*args, **kwargs)

        return wrapper

    return decorator


def check_location(location_id: str | None) -> None:
    """403 when the key is limited to locations and this is not one of them."""
    allowed = g.principal.location_ids
    if allowed is not None and location_id is not None and str(location_id) not in allowed:
        raise Problem(403, "Forbidden", "This API key is limited to other locations", code="location-forbidden")
