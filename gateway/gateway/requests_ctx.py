"""What a view needs from the current request: its RPC lease, idempotency key and body hash."""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager

from flask import current_app, g, request

from clientcard_kit.providers import access_headers


@contextmanager
def rpc(*, unfiltered: bool = False):
    """A lease on a pooled proxy carrying this request's id, the API key as the actor, and what the
    key may see (its locations and scopes), so that services filter by them too.

    `unfiltered` leaves the key's access out: for the card's read model, which keeps whole sections
    and filters them in the gateway for each key (access.guard_request has checked the client).
    """
    principal = getattr(g, "principal", None)
    with current_app.extensions["clientcard.rpc"].lease(
        g.request_id,
        actor_id=principal.key_id if principal else None,
        actor_name=principal.name if principal else None,
        access=access_headers(principal.location_ids, principal.scopes) if principal and not unfiltered else None,
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


NO_VERSION = -1  # versions count from 1


def expected_version() -> int | None:
    """The version an `If-Match: "<version>"` header asks for; None without one (or with `*`).

    A tag that cannot be one of ours matches no version: the service answers the 412 a stale one gets,
    after its 404 for a resource that does not exist.
    """
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    tag = header.split(",")[0].strip().removeprefix("W/").strip('"')
    # a tag of more digits than any version has is no version either (and not worth an int of 5000 digits)
    return int(tag) if tag.isascii() and tag.isdigit() and len(tag) <= 18 else NO_VERSION


def etag(record: dict) -> str:
    """The `ETag` of a versioned record."""
    return f'"{record["version"]}"'


def breakers():
    """The card's per-service breakers, shared by this process's threads."""
    return current_app.extensions["clientcard.breakers"]
