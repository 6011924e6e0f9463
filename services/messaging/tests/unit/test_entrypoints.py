"""messaging's entrypoints hand over to one use case (nameko's worker_factory)."""

import uuid
from datetime import UTC, datetime
from types import SimpleNamespace

from nameko.testing.services import worker_factory

from clientcard_messaging.service import MessagingService


def test_the_card_section_lists_recent_messages_newest_first_as_the_repository_gives_them():
    service = worker_factory(MessagingService)
    uow = service.uow
    uow.__enter__.return_value = uow
    sent = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    message = SimpleNamespace(id=uuid.uuid4(), channel="sms", subject=None, status="delivered", created_at=sent)
    uow.messages.recent_for_client.return_value = [message]
    uow.calls.page_for_client.return_value = []

    section = service.get_card_section(str(uuid.uuid4()))

    assert section == {
        "recent": [
            {"id": str(message.id), "channel": "sms", "subject": None, "status": "delivered", "created_at": sent.isoformat()}
        ],
        "calls": [],
    }
    assert uow.messages.recent_for_client.call_args.args[1] == 5


def test_a_merge_event_is_read_and_handed_to_the_use_case():
    service = worker_factory(MessagingService)
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.inbox.claim.return_value = False  # a redelivery: nothing may change

    service.handle_client_merged(
        {
            "event_id": str(uuid.uuid4()),
            "occurred_at": "2026-11-22T10:00:00+00:00",
            "merge_id": str(uuid.uuid4()),
            "client_id": str(uuid.uuid4()),
            "source_id": str(uuid.uuid4()),
        }
    )

    assert uow.inbox.claim.call_count == 2  # moving the history, and closing the duplicate to writes
    uow.commit.assert_not_called()
