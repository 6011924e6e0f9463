"""nameko entrypoints of the billing service: decode, call one use case, encode."""
from __future__ import annotations

from nameko.events import event_handler
from nameko.rpc import rpc

from clientcard_billing import contracts
from clientcard_billing.dependencies import billing_uow
from clientcard_billing.settings import SERVICE_NAME, Settings
from clientcard_billing.use_cases import accounts
from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock, SettingsProvider


class BillingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = billing_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)

    @event_handler("profile", "client_created")
    @park_on_failure
    def handle_client_created(self, payload: dict) -> None:
        event = load(contracts.ClientCreatedEvent(), payload)
        accounts.open_account_for_new_client(self.uow, event, currency=self.settings.currency)

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Balance and totals for the card."""
        return accounts.card_section(self.uow, client_id, currency=self.settings.currency)
