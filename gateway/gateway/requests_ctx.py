"""What a view needs from the current request: its RPC lease, idempotency key and body hash."""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager

from flask import current_app, g, request

from gateway.errors import Problem


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


def expected_version() -> int | None:
    """The version an `If-Match: "<version>"` header asks for; None without one (or with `*`).

    A tag that cannot be one of ours can match no version: it gets the 412 a stale one gets.
    """
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    tag = header.split(",")[0].strip().removeprefix("W/").strip('"')
    if not tag.isdigit():
        raise Problem(412, "Precondition failed", f"If-Match {header} matches no version of this resource")
    return int(tag)


def etag(record: dict) -> str:
    """The `ETag` of a versioned record."""
    return f'"{record["version"]}"'


def breakers():
    """The card's per-service breakers, shared by this process's threads."""
    return current_app.extensions["clientcard.breakers"]
