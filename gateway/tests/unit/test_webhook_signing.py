"""Deliveries are signed as API.md says; receivers can check them and refuse replays."""

import hashlib
import hmac

from gateway.webhooks import signing

SECRET = "whsec_0123456789abcdef"


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body_in_hex():
    body = b'{"id":"e","type":"client.created"}'
    expected = hmac.new(SECRET.encode(), b"1700000000." + body, hashlib.sha256).hexdigest()
    assert signing.signature(SECRET, 1700000000, body) == f"sha256={expected}"


def test_the_body_is_the_envelope_as_compact_json():
    body = signing.body({"id": "e", "type": "t", "occurred_at": "2025-01-01T00:00:00+00:00", "data": {"a": 1}})
    assert body == b'{"data":{"a":1},"id":"e","occurred_at":"2025-01-01T00:00:00+00:00","type":"t"}'


def test_headers_carry_the_timestamp_and_the_signature():
    headers = signing.headers(SECRET, 1700000000, b"{}", "e1")
    assert headers["Clientcard-Timestamp"] == "1700000000"
    assert headers["Clientcard-Signature"] == signing.signature(SECRET, 1700000000, b"{}")
    assert headers["Content-Type"] == "application/json"


def test_a_receiver_accepts_a_fresh_signed_body():
    headers = signing.headers(SECRET, 1700000000, b"{}", "e1")
    assert signing.verify(SECRET, headers["Clientcard-Timestamp"], headers["Clientcard-Signature"], b"{}", now=1700000010)


def test_a_receiver_refuses_a_tampered_body_a_wrong_secret_and_a_replay():
    headers = signing.headers(SECRET, 1700000000, b"{}", "e1")
    stamp, signature = headers["Clientcard-Timestamp"], headers["Clientcard-Signature"]
    assert not signing.verify(SECRET, stamp, signature, b'{"x":1}', now=1700000000)
    assert not signing.verify("another-secret-entirely", stamp, signature, b"{}", now=1700000000)
    assert not signing.verify(SECRET, stamp, signature, b"{}", now=1700000000 + 3600)
    assert not signing.verify(SECRET, None, signature, b"{}", now=1700000000)
