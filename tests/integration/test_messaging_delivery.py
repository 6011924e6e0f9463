"""Messages through real providers: email to a local SMTP server, SMS to a Twilio-style HTTP server; a 429 is
retried after Retry-After; signed callbacks move messages to delivered or failed; replies join the thread;
the unsubscribe link in a marketing email turns marketing off without a key."""

import hashlib
import hmac
import json
import mailbox
import re
import subprocess
import sys
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from urllib.parse import parse_qs

import pytest
import requests

from clientcard_kit.testing.infra import free_port

ROOT = Path(__file__).resolve().parents[2]
CALLBACK_SECRET = "clientcard-local-only"  # messaging's local default, as `make up` runs it


class SmsProvider:
    """A Twilio-style SMS API on a real local port: records each form, answers from a script (then 201)."""

    def __init__(self):
        self.forms, self.answers, provider = [], [], self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
                status, headers = provider.answers.pop(0) if provider.answers else (201, {})
                sid = f"SM{uuid.uuid4().hex}"
                if status < 300:
                    provider.forms.append({**{k: v[0] for k, v in form.items()}, "sid": sid})
                body = json.dumps({"sid": sid, "message": "slow down"} if status < 300 else {"message": "slow down"})
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def providers(suite, tmp_path_factory):
    """The channel workers restarted on real providers (a local SMTP server and SmsProvider), put back after."""
    maildir = tmp_path_factory.mktemp("mail") / "inbox"
    smtp_port = free_port()
    sink = subprocess.Popen(
        [sys.executable, str(ROOT / "services/messaging/tests/smtp_sink.py"), str(smtp_port), str(maildir)],
        stdout=subprocess.PIPE,
    )
    assert sink.stdout.readline().strip() == b"ready"
    sms = SmsProvider()
    original = dict(suite.env)
    suite.stop("messaging_channels")
    suite.env.update(
        {
            "EMAIL_PROVIDER": "smtp",
            "SMTP_PORT": str(smtp_port),
            "SMS_PROVIDER": "twilio",
            "SMS_API_URL": sms.url,
            "SMS_ACCOUNT_SID": "ACtest",
            "SMS_AUTH_TOKEN": "token",
            "SMS_FROM": "+447700900000",
            "RETRY_BASE_S": "1",
            "CALLBACK_BASE_URL": suite.base_url,
        }
    )
    suite.start("messaging_channels")
    try:
        yield {"maildir": maildir, "sms": sms}
    finally:
        suite.stop("messaging_channels")
        suite.env.clear()
        suite.env.update(original)
        suite.start("messaging_channels")
        sms.server.shutdown()
        sink.terminate()
        sink.wait()


@pytest.fixture
def client(api):
    email = f"mia-{uuid.uuid4().hex[:8]}@example.com"
    phone = f"07700 9{uuid.uuid4().int % 100000:05d}"
    response = api.post("/clients", json={"first_name": "Mia", "email": email, "phone": phone})
    assert response.status_code == 201, response.text
    return response.json()


def mails_to(maildir: Path, address: str) -> list:
    return [m for m in mailbox.Maildir(maildir) if m["To"] == address] if maildir.exists() else []


def status_of(api, client_id, message_id):
    [message] = [m for m in api.get(f"/clients/{client_id}/messages").json()["items"] if m["id"] == message_id]
    return message


def signed(body: str, secret: str = CALLBACK_SECRET) -> dict:
    timestamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "Clientcard-Timestamp": timestamp,
        "Clientcard-Signature": f"sha256={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def test_a_marketing_email_reaches_the_inbox_with_a_working_unsubscribe_link(api, anonymous, providers, client, wait_until):
    api.put(
        f"/clients/{client['id']}/notification-preferences",
        json={"types": {"marketing": True}, "source": "client", "wording": "Email me offers"},
    )
    sent = api.post(
        f"/clients/{client['id']}/messages",
        json={"channel": "email", "notification_type": "marketing", "subject": "Autumn offers", "body": "20% off"},
    )
    assert sent.status_code == 201, sent.text

    def arrived():
        mails = mails_to(providers["maildir"], client["email"])
        assert len(mails) == 1
        return mails[0]

    mail = wait_until(arrived, timeout=30)

    def marked_sent():
        assert status_of(api, client["id"], sent.json()["id"])["status"] == "sent"

    wait_until(marked_sent, timeout=10)
    assert mail["Subject"] == "Autumn offers"
    link = re.fullmatch(r"<(.+)>", "".join(mail["List-Unsubscribe"].split())).group(1)  # unfolded
    assert link in "".join(mail.get_payload(decode=True).decode().split())

    clicked = requests.get(link, timeout=10)  # no key: the signature is the proof
    assert clicked.status_code == 200 and "unsubscribed" in clicked.text
    preferences = api.get(f"/clients/{client['id']}/notification-preferences").json()
    assert preferences["types"]["marketing"] is False
    changes = api.get(f"/clients/{client['id']}/notification-preferences/changes").json()["items"]
    assert [(c["source"], c["types"]["marketing"]) for c in changes] == [("unsubscribe_link", False), ("client", True)]
    assert changes[1]["wording"] == "Email me offers"
    assert requests.get(link[:-6] + "AAAAAA", timeout=10).status_code == 404  # a forged link does nothing


def test_a_rate_limited_sms_is_retried_after_retry_after_then_delivered_by_a_signed_callback(
    api, anonymous, providers, client, wait_until
):
    providers["sms"].answers.append((429, {"Retry-After": "2"}))
    sent = api.post(f"/clients/{client['id']}/messages", json={"channel": "sms", "body": "See you at 10:00"}).json()

    def handed_over():
        forms = [f for f in providers["sms"].forms if f["Body"] == "See you at 10:00" and f["To"] == client["phone"]]
        message = status_of(api, client["id"], sent["id"])
        assert len(forms) == 1 and message["status"] == "sent" and message["attempts"] == 2
        return forms[0]

    form = wait_until(handed_over, timeout=30)
    assert form["StatusCallback"].endswith("/api/v1/provider-callbacks/twilio")

    report = f"MessageSid={form['sid']}&MessageStatus=delivered"
    unsigned = anonymous.post(
        "/provider-callbacks/twilio", data=report, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    forged = anonymous.post("/provider-callbacks/twilio", data=report, headers=signed(report, "guess"))
    assert (unsigned.status_code, forged.status_code) == (401, 401)
    assert status_of(api, client["id"], sent["id"])["status"] == "sent"

    accepted = anonymous.post("/provider-callbacks/twilio", data=report, headers=signed(report))
    assert accepted.status_code == 200, accepted.text
    assert status_of(api, client["id"], sent["id"])["status"] == "delivered"


def test_a_failure_report_keeps_the_reason_and_a_reply_joins_the_clients_thread(api, anonymous, providers, client, wait_until):
    sent = api.post(f"/clients/{client['id']}/messages", json={"channel": "sms", "body": "Still coming?"}).json()

    def handed_over():
        forms = [f for f in providers["sms"].forms if f["Body"] == "Still coming?"]
        assert forms and status_of(api, client["id"], sent["id"])["status"] == "sent"
        return forms[0]

    form = wait_until(handed_over, timeout=30)

    failure = f"MessageSid={form['sid']}&MessageStatus=undelivered&ErrorCode=30003&ErrorMessage=Unreachable"
    assert anonymous.post("/provider-callbacks/twilio", data=failure, headers=signed(failure)).status_code == 200
    reply = f"MessageSid=SMreply&From={client['phone'].replace('+', '%2B')}&To=%2B447700900000&Body=Yes%2C+see+you"
    assert anonymous.post("/provider-callbacks/twilio", data=reply, headers=signed(reply)).status_code == 200

    items = api.get(f"/clients/{client['id']}/messages").json()["items"]
    answer, original = items[0], next(m for m in items if m["id"] == sent["id"])
    assert (original["status"], original["error"]) == ("failed", "30003 Unreachable")
    assert (answer["direction"], answer["status"], answer["body"], answer["in_reply_to"]) == (
        "inbound",
        "received",
        "Yes, see you",
        sent["id"],
    )
