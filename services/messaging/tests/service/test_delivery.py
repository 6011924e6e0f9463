"""A queued message is handed to its provider once; temporary refusals are retried with backoff, then failed;
provider callbacks move it to delivered or failed, and replies join the client's thread."""

import hashlib
import hmac
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.adapters import ProviderError
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.exceptions import CallbackInvalid, CallbackRejected
from clientcard_messaging.settings import Settings
from clientcard_messaging.use_cases import callbacks, delivery, history, sending

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
SETTINGS = Settings(database_url="unused", max_attempts=3, retry_base_s=30, callback_secret="cb-secret")


class FakeSmsProvider:
    """Stands in for the SMS provider, which is outside the suite; answers from a script of refusals."""

    name = "fake"

    def __init__(self, *refusals: ProviderError):
        self.sent, self.refusals = [], list(refusals)

    def send(self, outgoing):
        if self.refusals:
            raise self.refusals.pop(0)
        self.sent.append((outgoing.address, outgoing.body))
        return f"fake-{uuid.uuid4()}"


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


def queued(uow, client_id, channel="sms"):
    message = sending.send_message(
        uow, str(client_id), load(contracts.MessageInput(), {"channel": channel, "subject": "Hi", "body": "See you at 10"})
    )
    return {"message_id": message["id"], "client_id": str(client_id), "channel": channel}


def only_message(uow, client_id):
    [message] = history.list_messages(uow, str(client_id))["items"]
    return message


def test_a_redelivered_queued_event_sends_the_sms_once(uow):
    client_id, provider = uuid.uuid4(), FakeSmsProvider()
    event = queued(uow, client_id)

    first = delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW, settings=SETTINGS)
    second = delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW, settings=SETTINGS)

    assert (first, second) == ("sent", "sent")
    assert provider.sent == [("+447700900123", "See you at 10")]


def test_a_permanent_refusal_marks_the_message_failed_with_the_reason(uow):
    client_id = uuid.uuid4()
    event = queued(uow, client_id)

    provider = FakeSmsProvider(ProviderError("number blocked by the carrier"))
    assert delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW, settings=SETTINGS) == "failed"
    message = only_message(uow, client_id)
    assert (message["status"], message["error"]) == ("failed", "number blocked by the carrier")


def test_a_rate_limited_message_waits_for_retry_after_then_is_sent_from_the_due_list(uow):
    client_id = uuid.uuid4()
    event = queued(uow, client_id)
    provider = FakeSmsProvider(ProviderError("429 slow down", temporary=True, retry_after=300))

    assert delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW, settings=SETTINGS) == "queued"
    waiting = only_message(uow, client_id)
    assert waiting["next_attempt_at"] == (NOW + timedelta(seconds=300)).isoformat()
    assert event["message_id"] not in delivery.due_messages(uow, "sms", NOW + timedelta(seconds=299))

    later = NOW + timedelta(seconds=301)
    assert event["message_id"] in delivery.due_messages(uow, "sms", later, limit=10_000)
    # the retry needs no profile call: the address was kept from the first try
    assert delivery.deliver(uow, provider, {"message_id": event["message_id"]}, None, now=later, settings=SETTINGS) == "sent"
    assert provider.sent == [("+447700900123", "See you at 10")]


def test_temporary_failures_give_up_as_failed_after_the_last_attempt(uow):
    client_id = uuid.uuid4()
    event = queued(uow, client_id)
    provider = FakeSmsProvider(*[ProviderError("503 unavailable", temporary=True)] * 3)

    now = NOW
    statuses = []
    for _ in range(3):
        statuses.append(delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=now, settings=SETTINGS))
        now += timedelta(hours=2)

    assert statuses == ["queued", "queued", "failed"]
    message = only_message(uow, client_id)
    assert (message["status"], message["error"], message["attempts"]) == ("failed", "503 unavailable", 3)


def sign(body: str, secret: str = "cb-secret") -> dict:
    timestamp = "1764320000"
    digest = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return {"body": body, "timestamp": timestamp, "signature": f"sha256={digest}"}


def sent_sms(uow, client_id):
    provider = FakeSmsProvider()
    event = queued(uow, client_id)
    delivery.deliver(uow, provider, event, {"phone": f"+4477009{uuid.uuid4().int % 100000:05d}"}, now=NOW, settings=SETTINGS)
    with uow:
        stored = uow.messages.get(uuid.UUID(event["message_id"]))
        return SimpleNamespace(id=stored.id, provider_message_id=stored.provider_message_id, address=stored.address)


def no_profile(address):
    raise AssertionError("profile is not asked when a message went to this address")


def test_a_signed_delivery_report_moves_the_message_to_delivered(uow):
    client_id = uuid.uuid4()
    message = sent_sms(uow, client_id)

    body = f"MessageSid={message.provider_message_id}&MessageStatus=delivered"
    callbacks.receive(uow, "twilio", sign(body), secret="cb-secret", now=NOW, find_client=no_profile)

    assert only_message(uow, client_id)["status"] == "delivered"


def test_a_failure_report_keeps_the_providers_reason_and_a_late_sent_changes_nothing(uow):
    client_id = uuid.uuid4()
    message = sent_sms(uow, client_id)

    fail = f"MessageSid={message.provider_message_id}&MessageStatus=undelivered&ErrorCode=30005&ErrorMessage=Unknown+number"
    callbacks.receive(uow, "twilio", sign(fail), secret="cb-secret", now=NOW, find_client=no_profile)
    late = f"MessageSid={message.provider_message_id}&MessageStatus=sent"
    callbacks.receive(uow, "twilio", sign(late), secret="cb-secret", now=NOW, find_client=no_profile)

    stored = only_message(uow, client_id)
    assert (stored["status"], stored["error"]) == ("failed", "30005 Unknown number")


def test_an_unsigned_or_wrongly_signed_callback_is_refused_and_changes_nothing(uow):
    client_id = uuid.uuid4()
    message = sent_sms(uow, client_id)
    body = f"MessageSid={message.provider_message_id}&MessageStatus=delivered"

    with pytest.raises(CallbackRejected):
        callbacks.receive(uow, "twilio", {"body": body}, secret="cb-secret", now=NOW, find_client=no_profile)
    with pytest.raises(CallbackRejected):
        callbacks.receive(uow, "twilio", sign(body, "guess"), secret="cb-secret", now=NOW, find_client=no_profile)

    assert only_message(uow, client_id)["status"] == "sent"
    shared = {"body": body, "shared_secret": "cb-secret"}
    callbacks.receive(uow, "twilio", shared, secret="cb-secret", now=NOW, find_client=no_profile)
    assert only_message(uow, client_id)["status"] == "delivered"


def test_an_sms_reply_joins_the_thread_of_the_client_it_was_sent_to(uow):
    client_id = uuid.uuid4()
    message = sent_sms(uow, client_id)

    body = f"MessageSid=SMin&From={message.address.replace('+', '%2B')}&To=%2B447700900000&Body=Yes+please"
    callbacks.receive(uow, "twilio", sign(body), secret="cb-secret", now=NOW, find_client=no_profile)

    reply, original = history.list_messages(uow, str(client_id))["items"]
    assert (reply["direction"], reply["status"], reply["body"]) == ("inbound", "received", "Yes please")
    assert reply["in_reply_to"] == original["id"] == str(message.id)


def test_an_email_reply_from_an_address_we_never_wrote_to_is_matched_through_profile(uow):
    client_id = uuid.uuid4()
    body = json.dumps({"event": "inbound", "from": "new@example.com", "subject": "Re: hours", "text": "Open Sunday?"})

    callbacks.receive(uow, "smtp", sign(body), secret="cb-secret", now=NOW, find_client=lambda address: str(client_id))
    with pytest.raises(CallbackInvalid):
        callbacks.receive(
            uow, "smtp", sign(body.replace("new@", "nobody@")), secret="cb-secret", now=NOW, find_client=lambda address: None
        )

    assert only_message(uow, client_id)["subject"] == "Re: hours"


def test_a_marketing_email_carries_a_signed_unsubscribe_link(uow):
    client_id = uuid.uuid4()
    with uow:
        uow.preferences.save(
            client_id,
            {"sms": True, "email": True, "push": True},
            {"reminders": True, "marketing": True, "loyalty": True, "billing": True},
        )
        uow.commit()
    message = sending.send_message(
        uow,
        str(client_id),
        load(
            contracts.MessageInput(),
            {"channel": "email", "notification_type": "marketing", "subject": "News", "body": "Autumn offers"},
        ),
    )
    seen = []

    class Capture:
        name = "capture"

        def send(self, outgoing):
            seen.append(outgoing)
            return "c-1"

    settings = replace(SETTINGS, callback_base_url="https://cc.example", unsubscribe_secret="u-secret")
    event = {"message_id": message["id"], "client_id": str(client_id), "channel": "email"}
    delivery.deliver(uow, Capture(), event, {"email": "mia@example.com"}, now=NOW, settings=settings)

    [outgoing] = seen
    assert outgoing.unsubscribe_url.startswith("https://cc.example/api/v1/unsubscribe/")
    assert outgoing.unsubscribe_url in outgoing.body
