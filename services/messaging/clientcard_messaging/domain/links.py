"""Signed tokens for unsubscribe links and the provider-callback signature check (pure: stdlib hmac)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid


class BadSignature(ValueError):
    pass


def _mac(secret: str, data: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(secret.encode(), data, hashlib.sha256).digest()[:18]).decode()


def unsubscribe_token(secret: str, client_id: uuid.UUID | str, message_id: uuid.UUID | str) -> str:
    """`<client>.<message>.<mac>`: names the client and the mail it came from; only we can make one."""
    data = f"{client_id}.{message_id}"
    return f"{data}.{_mac(secret, data.encode())}"


def read_unsubscribe_token(secret: str, token: str) -> tuple[uuid.UUID, uuid.UUID]:
    """(client_id, message_id) of a token we signed; BadSignature for anything else."""
    try:
        client, message, mac = token.split(".")
        ids = uuid.UUID(client), uuid.UUID(message)
    except ValueError as error:
        raise BadSignature("not an unsubscribe token") from error
    if not hmac.compare_digest(mac, _mac(secret, f"{client}.{message}".encode())):
        raise BadSignature("the token's signature does not match")
    return ids


def callback_signature(secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` of `<timestamp>.<body>`, the same scheme as our own webhooks."""
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def check_callback(secret: str, timestamp: str | None, signature: str | None, body: bytes) -> None:
    if not timestamp or not signature:
        raise BadSignature("the callback is not signed")
    if not hmac.compare_digest(signature, callback_signature(secret, timestamp, body)):
        raise BadSignature("the callback's signature does not match")
