"""TLS to the broker: an `amqps://` AMQP_URI, and AMQP_SSL for a private CA or a client certificate.

AMQP_SSL is a JSON object of py-amqp's TLS options (kombu's `Connection(ssl=...)`), which nameko
reads as is from config.yaml (`AMQP_SSL: ${AMQP_SSL:null}`), e.g.
`{"ca_certs": "/etc/clientcard/amqp/ca.crt", "server_hostname": null}` (null: kombu puts in the
URI's host, so the certificate's name is checked); `certfile` and `keyfile` add a client
certificate. Without AMQP_SSL an amqps URI verifies the broker against the system's CAs.
"""

from __future__ import annotations

import json
import os
import ssl
from urllib.parse import urlsplit

OPTIONS = {"ca_certs", "certfile", "keyfile", "cert_reqs", "server_hostname", "ciphers"}
FILES = ("ca_certs", "certfile", "keyfile")


class AmqpTlsInvalid(ValueError):
    """AMQP_SSL does not fit AMQP_URI, names an unknown option or a file that is not there."""


def ssl_options(amqp_uri: str, raw: str | None) -> dict | None:
    """The `ssl` argument of a kombu Connection (and nameko's AMQP_SSL) for this URI: None for amqp://."""
    tls = urlsplit(amqp_uri).scheme == "amqps"
    if raw is None or not raw.strip():
        return {"server_hostname": None} if tls else None
    if not tls:
        raise AmqpTlsInvalid("AMQP_SSL is set but AMQP_URI is not amqps://: TLS options for a plain connection")
    try:
        options = json.loads(raw)
    except ValueError:
        raise AmqpTlsInvalid(f"AMQP_SSL must be a JSON object, got {raw!r}") from None
    if not isinstance(options, dict):
        raise AmqpTlsInvalid(f"AMQP_SSL must be a JSON object, got {raw!r}")
    unknown = sorted(set(options) - OPTIONS)
    if unknown:
        raise AmqpTlsInvalid(f"AMQP_SSL has unknown options {unknown}; known: {sorted(OPTIONS)}")
    missing = [options[name] for name in FILES if options.get(name) and not os.path.isfile(options[name])]
    if missing:
        raise AmqpTlsInvalid(f"AMQP_SSL names files that do not exist: {missing}")
    if options.get("cert_reqs") == ssl.CERT_NONE:
        raise AmqpTlsInvalid("AMQP_SSL may not turn certificate verification off (cert_reqs 0)")
    return {"server_hostname": None, **options}


def ssl_context(options: dict) -> ssl.SSLContext:
    """The same options as an SSLContext, for clients that take one (pika): verifies the broker's
    certificate and name, with the CA of `ca_certs` when given, else the system's."""
    context = ssl.create_default_context(cafile=options.get("ca_certs"))
    if options.get("certfile"):
        context.load_cert_chain(options["certfile"], options.get("keyfile"))
    if options.get("ciphers"):
        context.set_ciphers(options["ciphers"])
    return context
