"""Bearer API-key authentication, scope checks, and the start-up proof that no view forgot either.

Every view is `requires(scope)`, `any_key` (a valid key, no scope) or `public` (it authenticates
its callers itself, or is one of the open pages in OPEN_BLUEPRINTS / OPEN_ENDPOINTS).
"""

from __future__ import annotations

import functools

from flask import Flask, current_app, g, request

from gateway.errors import Problem
from gateway.keys import KeyRejected

# the staff page and its static files; the OpenAPI document and its Swagger UI page (flask-smorest's)
OPEN_BLUEPRINTS = ("web", "api-docs")
OPEN_ENDPOINTS = ("static",)
ADMIN = "admin"


def public(view):
    """Mark a view function, a MethodView method or a whole MethodView as open without an API key."""
    view.public = True
    return view


def requires(scope: str | None):
    """Decorate a view method: 403 unless the key carries `scope` (None: any valid key will do)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if scope is not None:
                require(scope)
            return view(*args, **kwargs)

        wrapper.required_scope = scope  # what the start-up check looks for
        return wrapper

    return decorator


any_key = requires(None)


def require(scope: str) -> None:
    if not g.principal.has(scope):
        raise Problem(403, "Forbidden", f"This API key lacks the `{scope}` scope", code="missing-scope")
    if scope == ADMIN and g.principal.location_ids is not None:
        # an admin limited to some locations could make itself a key without limits
        raise Problem(403, "Forbidden", "Administration needs a key without a location limit", code="whole-chain-only")


def authenticate() -> None:
    """before_request: every view not open to all needs a valid key (401 otherwise)."""
    if _is_open(request.endpoint, request.method):
        return
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Problem(401, "Unauthorized", "Send `Authorization: Bearer <api key>`")
    try:
        g.principal = current_app.extensions["clientcard.keys"].verify(secret.strip())
    except KeyRejected as rejected:
        raise Problem(401, "Unauthorized", str(rejected)) from None


def check_every_view_is_guarded(app: Flask) -> None:
    """Start-up check: a view that is neither public nor scoped stops the app, so none is forgotten."""
    unguarded = []
    for endpoint, view in app.view_functions.items():
        if _open_by_name(endpoint) or getattr(view, "public", False):
            continue
        view_class = getattr(view, "view_class", None)
        if view_class is None:
            unguarded += [] if _guarded(view) else [endpoint]
        elif not getattr(view_class, "public", False):
            methods = sorted(view_class.methods or ())
            unguarded += [f"{endpoint} {m}" for m in methods if not _guarded(getattr(view_class, m.lower(), None))]
    if unguarded:
        raise RuntimeError(f"views neither public nor wrapped by requires(scope): {sorted(unguarded)}")


def _guarded(handler) -> bool:
    return hasattr(handler, "required_scope") or getattr(handler, "public", False)


def _open_by_name(endpoint: str) -> bool:
    return endpoint in OPEN_ENDPOINTS or endpoint.rpartition(".")[0] in OPEN_BLUEPRINTS


def _is_open(endpoint: str | None, method: str) -> bool:
    """Whether this request's view is open to all; an unmatched path is not (it answers 401, not 404)."""
    if endpoint is None:
        return False
    if _open_by_name(endpoint):
        return True
    view = current_app.view_functions[endpoint]
    view_class = getattr(view, "view_class", None)
    if getattr(view, "public", False) or getattr(view_class, "public", False):
        return True
    name = "get" if method == "HEAD" else method.lower()
    return view_class is not None and getattr(getattr(view_class, name, None), "public", False)
