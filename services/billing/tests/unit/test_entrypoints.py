"""billing's entrypoints decode and hand over to one use case (nameko's worker_factory)."""

from nameko.testing.services import worker_factory

from clientcard_billing.contracts import money
from clientcard_billing.service import BillingService
from clientcard_billing.settings import Settings


def test_money_is_integer_minor_units_with_a_currency():
    assert money(1250, "GBP") == {"amount": 1250, "currency": "GBP"}


def test_get_card_section_reads_through_the_unit_of_work():
    service = worker_factory(BillingService, settings=Settings(database_url="postgresql://unused", currency="EUR"))
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.accounts.for_client.return_value = None

    section = service.get_card_section("2b1f3c2e-3a43-4f6b-9a1e-8e2b7f0c9d11")

    assert section["balance"]["balance"] == {"amount": 0, "currency": "EUR"}
    assert section["balance"]["account_open"] is False
    (client_id,) = uow.accounts.for_client.call_args.args
    assert str(client_id) == "2b1f3c2e-3a43-4f6b-9a1e-8e2b7f0c9d11"
