"""Messaging tests: a migrated database of this run's own, nameko config on this run's vhost, and real local
SMTP (tests/smtp_sink.py, its own process) and HTTP servers standing in for the providers."""

import datetime
import ipaddress
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from clientcard_kit.testing.infra import free_port

SERVICE_DIR = Path(__file__).resolve().parents[1]
SMTP_SINK = Path(__file__).resolve().parent / "smtp_sink.py"


@pytest.fixture(scope="session")
def messaging_database_url(migrated_database):
    return migrated_database("messaging", SERVICE_DIR / "alembic.ini")


@pytest.fixture
def service_config(messaging_database_url, test_amqp_uri, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", messaging_database_url)
    return {"AMQP_URI": test_amqp_uri, "WEB_SERVER_ADDRESS": "127.0.0.1:0", "serializer": "json"}


def self_signed(directory: Path) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = directory / "cert.pem", directory / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(certfile), str(keyfile)


class FakeProviderServer:
    def __init__(self):
        self.requests: list[dict] = []
        self.answers: list[tuple[int, dict, dict]] = []  # popped in order; then 200 with `default`
        self.default = (200, {}, {"sid": "SM-default", "name": "projects/p/messages/default"})
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body.decode()})
                status, headers, answer = server.answers.pop(0) if server.answers else server.default
                payload = json.dumps(answer).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self):
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def http_provider():
    """A real HTTP server standing in for an SMS or push provider (outside the suite)."""
    server = FakeProviderServer()
    yield server
    server.close()


@pytest.fixture
def smtp_sink(tmp_path):
    """Start a real SMTP server: `smtp_sink(tls=True)` offers STARTTLS with a certificate for 127.0.0.1 and wants
    the login clientcard/pa55 over TLS; it answers (port, maildir, certfile)."""
    processes = []

    def start(tls: bool = False):
        port, maildir = free_port(), tmp_path / f"mail-{len(processes)}"
        certfile = None
        args = []
        if tls:
            certfile, keyfile = self_signed(tmp_path)
            args = [certfile, keyfile, "clientcard", "pa55"]
        process = subprocess.Popen([sys.executable, str(SMTP_SINK), str(port), str(maildir), *args], stdout=subprocess.PIPE)
        processes.append(process)
        assert process.stdout.readline().strip() == b"ready"
        return port, maildir, certfile

    yield start
    for process in processes:
        process.terminate()
        process.wait()
