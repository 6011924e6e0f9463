"""An amqps:// AMQP_URI with AMQP_SSL's CA: the options kombu hands py-amqp, the TLS socket they make,
and pika's context, all verify the broker's certificate against that CA and its host name."""

import datetime
import json
import socket
import ssl

import pytest
from amqp.transport import SSLTransport
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from kombu import Connection
from kombu.transport import pyamqp

from clientcard_kit.amqp_tls import AmqpTlsInvalid, ssl_context, ssl_options

URI = "amqps://clientcard:secret@broker.clientcard.test:5671/"


@pytest.fixture(scope="module")
def ca_file(tmp_path_factory):
    """A private CA's certificate, as an operator would mount it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clientcard Test CA")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path_factory.mktemp("amqp") / "ca.crt"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return str(path)


class Recorded(Exception):
    pass


def options_handed_to_py_amqp(monkeypatch, uri: str, ssl_arg) -> dict:
    """What kombu passes to py-amqp's Connection for this URI and `ssl` (nameko's AMQP_SSL)."""
    seen = {}

    def record(**options):
        seen.update(options)
        raise Recorded

    monkeypatch.setattr(pyamqp.Transport, "Connection", staticmethod(record))
    with pytest.raises(Recorded):
        Connection(uri, ssl=ssl_arg).connect()
    return seen


def test_a_plain_uri_has_no_tls_and_refuses_tls_options():
    assert ssl_options("amqp://guest:guest@127.0.0.1:5672/", None) is None
    assert ssl_options("amqp://guest:guest@127.0.0.1:5672/", "") is None
    with pytest.raises(AmqpTlsInvalid, match="not amqps"):
        ssl_options("amqp://guest:guest@127.0.0.1:5672/", '{"ca_certs": "/etc/ca.crt"}')


def test_bad_options_are_refused_by_name(ca_file):
    with pytest.raises(AmqpTlsInvalid, match="JSON object"):
        ssl_options(URI, "ca_certs=/etc/ca.crt")
    with pytest.raises(AmqpTlsInvalid, match="unknown options \\['verify'\\]"):
        ssl_options(URI, json.dumps({"ca_certs": ca_file, "verify": False}))
    with pytest.raises(AmqpTlsInvalid, match="do not exist"):
        ssl_options(URI, json.dumps({"ca_certs": "/nowhere/ca.crt"}))
    with pytest.raises(AmqpTlsInvalid, match="verification off"):
        ssl_options(URI, json.dumps({"cert_reqs": 0}))


def test_an_amqps_uri_with_a_ca_reaches_py_amqp_as_tls_checking_the_brokers_name(monkeypatch, ca_file):
    options = ssl_options(URI, json.dumps({"ca_certs": ca_file, "server_hostname": None}))

    handed = options_handed_to_py_amqp(monkeypatch, URI, options)

    assert handed["host"] == "broker.clientcard.test:5671"
    assert handed["ssl"] == {"ca_certs": ca_file, "server_hostname": "broker.clientcard.test"}
    # the socket py-amqp wraps with those options: the CA loaded, the certificate and its name required
    left, right = socket.socketpair()
    try:
        wrapped = SSLTransport._wrap_socket(SSLTransport.__new__(SSLTransport), left, **handed["ssl"])
        context = wrapped.context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert [dict(x[0] for x in ca["subject"]) for ca in context.get_ca_certs()] == [{"commonName": "Clientcard Test CA"}]
        assert wrapped.server_hostname == "broker.clientcard.test"
    finally:
        left.close()
        right.close()


def test_an_amqps_uri_without_options_still_checks_the_host_name(monkeypatch):
    options = ssl_options(URI, None)

    handed = options_handed_to_py_amqp(monkeypatch, URI, options)

    assert handed["ssl"] == {"server_hostname": "broker.clientcard.test"}


def test_pika_gets_a_context_verifying_against_the_same_ca(ca_file):
    context = ssl_context(ssl_options(URI, json.dumps({"ca_certs": ca_file})))

    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert [dict(x[0] for x in ca["subject"]) for ca in context.get_ca_certs()] == [{"commonName": "Clientcard Test CA"}]
