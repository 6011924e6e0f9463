"""Short-lived signed tickets for the service's own HTTP endpoint: what one request may do (pure).

The gateway gets a ticket by RPC, after its access checks, and presents it to the HTTP endpoint,
which trusts nothing else: a ticket names one action on one file or client, and expires.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json


class BadTicket(Exception):
    pass


def issue(secret: str, claims: dict, *, now: float, seconds: int = 60) -> str:
    body = base64.urlsafe_b64encode(json.dumps({**claims, "exp": int(now) + seconds}, sort_keys=True).encode()).decode()
    return f"{body}.{_sign(secret, body)}"


def read(secret: str, ticket: str, *, now: float, action: str) -> dict:
    """The claims of a genuine, unexpired ticket for `action`. Raises BadTicket."""
    body, _, signature = (ticket or "").partition(".")
    if not body or not hmac.compare_digest(signature, _sign(secret, body)):
        raise BadTicket("not signed by this service")
    try:
        claims = json.loads(base64.urlsafe_b64decode(body.encode()))
    except ValueError as error:
        raise BadTicket("unreadable") from error
    if claims.get("action") != action:
        raise BadTicket("for another action")
    if claims.get("exp", 0) < now:
        raise BadTicket("expired")
    return claims


def _sign(secret: str, body: str) -> str:
    return hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
