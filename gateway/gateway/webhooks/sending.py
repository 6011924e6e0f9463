"""One delivery over HTTP: the URL is checked again and the connection pinned to the checked address.

No redirects are followed and nothing is retried here: the delivery queue decides when to try again.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import urllib3

from gateway.webhooks import addresses, signing
from gateway.webhooks.deliveries import Due, Outcome

MAX_ERROR = 300  # characters of an error kept with an attempt


def deliver(due: Due, *, now_s: int, allow_private: bool, timeout_s: float) -> Outcome:
    started = time.monotonic()
    payload = signing.body(due.envelope)
    headers = signing.headers(due.secret, now_s, payload, due.envelope["id"])
    try:
        status = _post(due.url, payload, headers, allow_private=allow_private, timeout_s=timeout_s)
        return Outcome(status, None, _ms(started))
    except addresses.UrlRefused as error:
        return Outcome(None, f"refused: {error}"[:MAX_ERROR], _ms(started))
    except urllib3.exceptions.HTTPError as error:
        return Outcome(None, f"{type(error).__name__}: {error}"[:MAX_ERROR], _ms(started))


def _post(url: str, payload: bytes, headers: dict, *, allow_private: bool, timeout_s: float) -> int:
    scheme, host, port, address = addresses.check(url, allow_private=allow_private)
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    shown = f"[{host}]" if ":" in host else host  # an IPv6 literal
    netloc = shown if port == (443 if scheme == "https" else 80) else f"{shown}:{port}"
    timeout = urllib3.Timeout(connect=timeout_s, read=timeout_s)
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1, server_hostname=host, assert_hostname=host
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    try:
        response = pool.urlopen(
            "POST",
            target,
            body=payload,
            headers={**headers, "Host": netloc},
            redirect=False,
            retries=False,
            preload_content=False,
        )
        response.drain_conn()  # the answer's body is not kept; only its status counts
        return response.status
    finally:
        pool.close()


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
