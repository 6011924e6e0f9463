"""A queued message is handed to its provider once; a provider refusal marks it failed."""

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_messaging.adapters import ProviderError
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.use_cases import delivery, history, sending

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


class FakeSmsProvider:
    """Stands in for the SMS provider, which is outside the suite."""

    def __init__(self, fail: bool = False):
        self.sent, self.fail = [], fail

    def send(self, address, subject, body):
        if self.fail:
            raise ProviderError("number blocked by the carrier")
        self.sent.append((address, body))
        return f"fake-{len(self.sent)}"


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


def queued(uow, client_id):
    message = sending.send_message(uow, str(client_id), {"channel": "sms", "body": "See you at 10"})
    return {"message_id": message["id"], "client_id": str(client_id), "channel": "sms"}


def test_a_redelivered_queued_event_sends_the_sms_once(uow):
    client_id, provider = uuid.uuid4(), FakeSmsProvider()
    event = queued(uow, client_id)

    first = delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW)
    second = delivery.deliver(uow, provider, event, {"phone": "+447700900123"}, now=NOW)

    assert (first, second) == ("sent", "sent")
    assert provider.sent == [("+447700900123", "See you at 10")]


def test_a_provider_refusal_marks_the_message_failed_with_the_reason(uow):
    client_id = uuid.uuid4()
    event = queued(uow, client_id)

    assert delivery.deliver(uow, FakeSmsProvider(fail=True), event, {"phone": "+447700900123"}, now=NOW) == "failed"
    [message] = history.list_messages(uow, str(client_id))["items"]
    assert message["status"] == "failed"
    assert message["error"] == "number blocked by the carrier"
