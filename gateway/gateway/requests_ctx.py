"""What a view needs from the current request: its RPC lease, idempotency key and body hash."""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager

from flask import current_app, g, request


@contextmanager
def rpc():
    """A lease on a pooled proxy carrying this request's id and the API key as the actor."""
    principal = getattr(g, "principal", None)
    with current_app.extensions["clientcard.rpc"].lease(
        g.request_id,
        actor_id=principal.key_id if principal else None,
        actor_name=principal.name if principal else None,
    ) as lease:
        yield lease


def idempotency() -> dict:
    """`idempotency_key` and `request_hash` kwargs for a create RPC."""
    key = request.headers.get("Idempotency-Key")
    if not key:
        return {"idempotency_key": None, "request_hash": None}
    body = request.get_json(silent=True)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(f"{request.method} {request.path} {canonical}".encode()).hexdigest()
    return {"idempotency_key": key[:200], "request_hash": digest}


def settings():
    return current_app.extensions["clientcard.settings"]
