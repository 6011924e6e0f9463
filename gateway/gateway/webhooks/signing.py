"""Signed delivery bodies: `Clientcard-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`.

Receivers recompute the HMAC with their secret and refuse a timestamp older than a few minutes,
which makes a captured delivery useless to replay. Pure, so receivers' docs and tests share it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

TIMESTAMP_HEADER = "Clientcard-Timestamp"
SIGNATURE_HEADER = "Clientcard-Signature"
EVENT_ID_HEADER = "Clientcard-Event-Id"
DEFAULT_TOLERANCE_S = 300


def body(envelope: Mapping) -> bytes:
    """The exact bytes delivered (and signed): compact JSON of `{id, type, occurred_at, data}`."""
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True, default=str).encode()


def signature(secret: str, timestamp: int, payload: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def headers(secret: str, timestamp: int, payload: bytes, event_id: str) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: signature(secret, timestamp, payload),
        EVENT_ID_HEADER: event_id,
        "User-Agent": "Clientcard-Webhooks/1",
    }


def verify(
    secret: str,
    timestamp_header: str | None,
    signature_header: str | None,
    payload: bytes,
    *,
    now: int,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
) -> bool:
    """What a receiver checks: the signature matches, and the timestamp is recent (no replays)."""
    if not timestamp_header or not signature_header or not timestamp_header.isdigit():
        return False
    if abs(now - int(timestamp_header)) > tolerance_s:
        return False
    return hmac.compare_digest(signature(secret, int(timestamp_header), payload), signature_header)
