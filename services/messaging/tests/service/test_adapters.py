"""Each provider adapter against a real local server: SMTP (aiosmtpd, STARTTLS and login) and HTTP."""

import json
import mailbox
import time
import uuid
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from clientcard_kit.testing.infra import free_port
from clientcard_messaging.adapters import Outgoing, ProviderError, provider_for
from clientcard_messaging.settings import Settings

BASE = Settings(database_url="postgresql+psycopg://unused/unused", provider_timeout_s=5)


@pytest.fixture
def smtp_server(smtp_sink):
    """An SMTP server that offers STARTTLS with a certificate for 127.0.0.1 and wants a login over TLS."""
    port, maildir, certfile = smtp_sink(tls=True)
    settings = replace(
        BASE,
        smtp_port=port,
        smtp_starttls=True,
        smtp_ca_file=certfile,
        smtp_username="clientcard",
        smtp_password="pa55",
        email_from="Salon <hello@salon.example>",
    )
    return settings, maildir


def delivered(maildir: Path, timeout: float = 10) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mails = list(mailbox.Maildir(maildir)) if maildir.exists() else []
        if mails:
            return mails
        time.sleep(0.1)
    return []


def test_an_email_goes_over_starttls_with_login_text_and_html_parts_and_one_click_unsubscribe(smtp_server):
    settings, maildir = smtp_server
    message_id = str(uuid.uuid4())
    link = f"https://clientcard.salon.example/api/v1/unsubscribe/{uuid.uuid4()}.{message_id}.Zm9vYmFyYmF6cXV4cXV1eHh4"
    outgoing = Outgoing(
        message_id, "mia@example.com", "Autumn offers", "20% off in October", "<p>20% off in <b>October</b></p>", link
    )

    provider_id = provider_for("email", "smtp", settings).send(outgoing)

    [mail] = delivered(maildir)
    assert mail["To"] == "mia@example.com"
    assert mail["From"] == "Salon <hello@salon.example>"
    assert mail["Subject"] == "Autumn offers"
    assert mail["Message-ID"] == provider_id and message_id in provider_id
    assert mail["List-Unsubscribe"] == f"<{link}>"  # one plain word however long, as mail clients read it
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    parts = {part.get_content_type(): part.get_payload(decode=True).decode() for part in mail.walk() if not part.is_multipart()}
    assert parts["text/plain"].strip() == "20% off in October"
    assert parts["text/html"].strip() == "<p>20% off in <b>October</b></p>"


def test_a_wrong_smtp_password_is_a_permanent_failure(smtp_server):
    settings, maildir = smtp_server

    with pytest.raises(ProviderError) as refused:
        provider_for("email", "smtp", replace(settings, smtp_password="wrong")).send(
            Outgoing(str(uuid.uuid4()), "mia@example.com", "Hi", "Hi")
        )

    assert not refused.value.temporary
    assert "535" in str(refused.value)
    assert not delivered(maildir, timeout=0.5)


def test_an_smtp_server_that_is_not_there_is_a_temporary_failure():
    settings = replace(BASE, smtp_port=free_port(), provider_timeout_s=2)

    with pytest.raises(ProviderError) as refused:
        provider_for("email", "smtp", settings).send(Outgoing(str(uuid.uuid4()), "mia@example.com", "Hi", "Hi"))

    assert refused.value.temporary


def test_an_sms_is_a_twilio_style_form_post_with_basic_auth(http_provider):
    settings = replace(
        BASE,
        sms_api_url=http_provider.url,
        sms_account_sid="AC123",
        sms_auth_token="tok",
        sms_from="+447700900000",
        callback_base_url="https://cc.example",
    )
    http_provider.answers.append((201, {}, {"sid": "SM42", "status": "queued"}))

    provider_id = provider_for("sms", "twilio", settings).send(Outgoing("m1", "+447700900456", None, "See you at 10"))

    [request] = http_provider.requests
    assert provider_id == "SM42"
    assert request["path"] == "/2010-04-01/Accounts/AC123/Messages.json"
    assert request["headers"]["Authorization"] == "Basic QUMxMjM6dG9r"  # AC123:tok
    assert parse_qs(request["body"]) == {
        "To": ["+447700900456"],
        "From": ["+447700900000"],
        "Body": ["See you at 10"],
        "StatusCallback": ["https://cc.example/api/v1/provider-callbacks/twilio"],
    }


def test_a_429_is_temporary_and_carries_the_providers_retry_after(http_provider):
    settings = replace(BASE, sms_api_url=http_provider.url, sms_account_sid="AC1", sms_auth_token="t")
    http_provider.answers.append((429, {"Retry-After": "120"}, {"message": "Too many requests"}))

    with pytest.raises(ProviderError) as refused:
        provider_for("sms", "twilio", settings).send(Outgoing("m1", "+447700900456", None, "Hi"))

    assert refused.value.temporary and refused.value.retry_after == 120


def test_a_400_is_a_permanent_failure_with_the_providers_reason(http_provider):
    settings = replace(BASE, sms_api_url=http_provider.url, sms_account_sid="AC1", sms_auth_token="t")
    http_provider.answers.append((400, {}, {"code": 21211, "message": "Invalid 'To' Phone Number"}))

    with pytest.raises(ProviderError) as refused:
        provider_for("sms", "twilio", settings).send(Outgoing("m1", "+44", None, "Hi"))

    assert not refused.value.temporary
    assert "Invalid 'To' Phone Number" in str(refused.value)


def test_a_push_is_an_fcm_style_json_post_with_a_bearer_token(http_provider):
    settings = replace(BASE, push_api_url=http_provider.url, push_project="salon-app", push_token="ya29.token")
    http_provider.answers.append((200, {}, {"name": "projects/salon-app/messages/0:123"}))

    provider_id = provider_for("push", "fcm", settings).send(Outgoing("m9", "device-token-1", "Points", "40 points"))

    [request] = http_provider.requests
    assert provider_id == "projects/salon-app/messages/0:123"
    assert request["path"] == "/v1/projects/salon-app/messages:send"
    assert request["headers"]["Authorization"] == "Bearer ya29.token"
    assert json.loads(request["body"]) == {
        "message": {
            "token": "device-token-1",
            "notification": {"title": "Points", "body": "40 points"},
            "data": {"message_id": "m9"},
        }
    }
