"""A real SMTP server for the adapter tests (aiosmtpd, its own process so asyncio and eventlet never meet).

`python smtp_sink.py <port> <maildir> [<certfile> <keyfile> <user> <password>]`: with a certificate it
offers STARTTLS and requires login over TLS. Every mail lands in the maildir, which the test reads.
"""

import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword


def main(
    port: int,
    maildir: str,
    certfile: str | None = None,
    keyfile: str | None = None,
    user: str | None = None,
    password: str | None = None,
) -> None:
    options = {}
    if certfile:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certfile, keyfile)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(), auth_data.password.decode()) == (
                user,
                password,
            )
            return AuthResult(success=ok, handled=False)

        options = {
            "tls_context": context,
            "require_starttls": True,
            "authenticator": authenticate,
            "auth_required": True,
            "auth_require_tls": True,
        }
    controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, server_hostname="localhost", **options)
    controller.start()
    print("ready", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main(int(sys.argv[1]), *sys.argv[2:])
