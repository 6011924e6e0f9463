"""loyalty's entrypoints decode billing's events and hand them to one use case (nameko's worker_factory)."""

import uuid
from datetime import UTC, datetime

import pytest
from nameko.testing.services import worker_factory

from clientcard_kit.errors import InvalidInput
from clientcard_loyalty.service import LoyaltyService

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def payment(**overrides):
    return {
        "event_id": str(uuid.uuid4()),
        "occurred_at": NOW.isoformat(),
        "payment_id": str(uuid.uuid4()),
        "invoice_id": str(uuid.uuid4()),
        "client_id": str(uuid.uuid4()),
        "location_id": None,
        "amount_minor": 4250,
        "currency": "GBP",
        "method": "card",
        "recorded_at": NOW.isoformat(),
        **overrides,
    }


def test_a_redelivered_payment_is_recognised_by_the_inbox_and_earns_nothing():
    service = worker_factory(LoyaltyService, clock=lambda: NOW)
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.inbox.claim.return_value = False

    service.handle_payment_recorded.__wrapped__(service, payment())

    uow.inbox.claim.assert_called_once()
    uow.payments.get.assert_not_called()
    uow.commit.assert_not_called()


def test_a_payment_event_without_its_amount_is_refused_before_any_database_work():
    service = worker_factory(LoyaltyService, clock=lambda: NOW)
    event = payment()
    del event["amount_minor"]

    with pytest.raises(InvalidInput):
        service.handle_payment_recorded.__wrapped__(service, event)

    service.uow.__enter__.assert_not_called()
