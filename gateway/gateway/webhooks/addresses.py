"""Where a webhook may point: public addresses only, unless WEBHOOKS_ALLOW_PRIVATE (SSRF guard).

Checked when a subscription is made (a 422) and again at every delivery, on the addresses the
name resolves to then, which the delivery then connects to: a name re-pointed inside the network
after it was accepted (DNS rebinding) reaches nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class UrlRefused(ValueError):
    """The URL is malformed, or leads to an address webhooks may not reach; the message says why."""


def is_public(address: str) -> bool:
    """Globally routable unicast: not private, loopback, link-local, shared, reserved or multicast."""
    ip = ipaddress.ip_address(address.split("%")[0])  # an IPv6 zone id names a local interface
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def parse(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL without credentials; UrlRefused otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise UrlRefused(f"Not a valid URL: {error}") from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlRefused("Only http and https URLs with a host can receive webhooks")
    if parts.username or parts.password:
        raise UrlRefused("Put credentials in the secret, not in the URL")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise UrlRefused(f"The host {host} does not resolve") from error
    return list(dict.fromkeys(info[4][0] for info in infos))


def check(url: str, *, allow_private: bool) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to) for a URL webhooks may reach; UrlRefused otherwise.

    Every address the host resolves to must be public: one private answer among public ones is
    how a rebinding attack would slip through.
    """
    scheme, host, port = parse(url)
    addresses = resolve(host, port)
    if not allow_private:
        refused = [address for address in addresses if not is_public(address)]
        if refused:
            raise UrlRefused(f"{host} resolves to {refused[0]}, a private, loopback or link-local address")
    return scheme, host, port, addresses[0]
