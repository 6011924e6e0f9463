"""Read-your-writes for the card: a write that answered drops the cached cards of every client it touched.

Events keep the read model fresh too, but they arrive a relay tick later; the next card read after
a write through the gateway must already show it. The clients are those owning the path's resources
(access.guard_request), every `*client_id` or `source_id` in the request and the response bodies,
and the client a `/clients/...` write answers with.
"""

from __future__ import annotations

from flask import Response, current_app, g, request

from gateway.access import WRITES
from gateway.card_projector import mapping


def drop_touched_cards(response: Response) -> Response:
    """after_request: drop the touched clients' cards once the write succeeded."""
    if request.method not in WRITES or response.status_code >= 400 or getattr(g, "principal", None) is None:
        return response
    touched = set(getattr(g, "path_clients", ()))
    _collect(request.get_json(silent=True), touched)
    if response.mimetype == "application/json" and not response.is_streamed:
        body = response.get_json(silent=True)
        _collect(body, touched)
        if request.blueprint == "clients" and isinstance(body, dict) and "id" in body:
            touched.add(str(body["id"]))
    cache = current_app.extensions["clientcard.card_cache"]
    for client_id in touched:
        cache.drop(client_id)
    return response


def _collect(value, found: set[str], depth: int = 0) -> None:
    """Every client id named anywhere in a JSON body, by the projector's rule for events (the nesting is
    shallow; the input guard bounds it)."""
    if depth > 6:
        return
    if isinstance(value, dict):
        found.update(mapping.client_ids(value))
        for item in value.values():
            if isinstance(item, dict | list):
                _collect(item, found, depth + 1)
    elif isinstance(value, list):
        for item in value[:500]:
            _collect(item, found, depth + 1)
