"""nameko entrypoints of the billing service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler
from nameko.timer import timer

from clientcard_billing import contracts
from clientcard_billing.adapters.remote import LoyaltyGiftCards, ProfileDirectory
from clientcard_billing.dependencies import billing_uow
from clientcard_billing.settings import SERVICE_NAME, Settings
from clientcard_billing.use_cases import (
    balance,
    card,
    cards,
    client_data,
    client_lifecycle,
    gift_card_holds,
    imported_sales,
    imports,
    invoices,
    locations,
    overdue,
    payments,
    refunds,
    statistics,
    timeline,
)
from clientcard_billing.use_cases.support import BillingContext, parse_uuid
from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc, rpc_proxy
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_kit.queues import ConsumerQueues, HandlerQueue


class BillingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = billing_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)
    profile = rpc_proxy("profile")
    loyalty = rpc_proxy("loyalty")
    # consumers of billing's events that must not miss one published before they first ran
    consumer_queues = ConsumerQueues(
        [
            HandlerQueue("billing", "invoice_issued", "profile", "handle_invoice_issued"),  # a client's locations
            HandlerQueue("billing", "invoice_issued", "loyalty", "handle_invoice_issued"),
            HandlerQueue("billing", "payment_recorded", "loyalty", "handle_payment_recorded"),
            HandlerQueue("billing", "refund_issued", "loyalty", "handle_refund_issued"),
            HandlerQueue("billing", "invoice_overdue", "messaging", "handle_invoice_overdue"),  # the client's notice
        ]
    )

    def _ctx(self) -> BillingContext:
        timeout = self.settings.remote_timeout_s
        return BillingContext(
            currency=self.settings.currency,
            now=self.clock(),
            tax_rate_percent=self.settings.tax_rate_percent,
            profile=ProfileDirectory(self.profile, timeout),
            gift_cards=LoyaltyGiftCards(self.loyalty, timeout),
            actor_id=self.context.actor_id,
            invoice_due_days=self.settings.invoice_due_days,
        )

    # --- events from profile -------------------------------------------------------------------

    @event_handler("profile", "client_created")
    @park_on_failure
    def handle_client_created(self, payload: dict) -> None:
        event = load(contracts.ClientCreatedEvent(), payload)
        client_lifecycle.open_account_for_new_client(self.uow, event, currency=self.settings.currency)

    @event_handler("profile", "client_merged")
    @park_on_failure
    def handle_client_merged(self, payload: dict) -> None:
        client_lifecycle.merge_clients(self.uow, load(contracts.ClientMergedEvent(), payload), self._ctx())

    @event_handler("profile", "client_merge_undone")
    @park_on_failure
    def handle_client_merge_undone(self, payload: dict) -> None:
        client_lifecycle.undo_merge(self.uow, load(contracts.ClientMergedEvent(), payload), self._ctx())

    @event_handler("profile", "client_erased")
    @park_on_failure
    def handle_client_erased(self, payload: dict) -> None:
        client_lifecycle.erase_client(self.uow, load(contracts.ClientEvent(), payload), self._ctx())

    @event_handler("profile", "location_created")
    @park_on_failure
    def handle_location_created(self, payload: dict) -> None:
        locations.remember_location(self.uow, load(contracts.LocationEvent(), payload))

    @event_handler("profile", "location_updated")
    @park_on_failure
    def handle_location_updated(self, payload: dict) -> None:
        locations.remember_location(self.uow, load(contracts.LocationEvent(), payload))

    @event_handler("profile", "import_batch_accepted")
    @park_on_failure
    def handle_import_batch_accepted(self, payload: dict) -> None:
        event = load(contracts.ImportBatchEvent(), payload)
        imports.post_opening_balances(self.uow, event, currency=self.settings.currency)
        imported_sales.record_imported_sales(self.uow, event)  # a visits import's batch

    @rpc
    def validate_import_rows(self, rows: list[dict]) -> dict:
        """Each import row's opening balance in minor units of the chain's currency, or its errors."""
        return imports.validate_import_rows(rows, currency=self.settings.currency)

    @rpc
    def get_import_totals(self, import_id: str) -> dict:
        """Clients, positive and negative sums the ledger holds for the balances an import named."""
        return imports.import_totals(self.uow, import_id)

    @timer(interval=5)
    def confirm_pending_gift_card_holds(self) -> None:
        gift_card_holds.confirm_pending_gift_card_holds(self.uow, self._ctx())

    @timer(interval=10)  # cheap (a partial index of the unannounced owed invoices) and prompt after midnight
    def announce_overdue_invoices(self) -> None:
        while overdue.announce_overdue_invoices(self.uow, now=self.clock()) == overdue.BATCH:
            pass  # a full batch: more may be waiting

    # --- reads ---------------------------------------------------------------------------------

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Balance and totals for the card."""
        return card.card_section(self.uow, client_id, currency=self.settings.currency)

    @rpc
    def get_balance(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """Balance, credit, outstanding and entries. Raises ClientAccountNotFound (404)."""
        return balance.get_balance(self.uow, client_id, self._ctx(), limit=limit, cursor=cursor)

    @rpc
    def list_invoices(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's invoices, newest first."""
        return invoices.list_invoices(self.uow, client_id, limit=limit, cursor=cursor)

    @rpc
    def get_invoice(self, invoice_id: str) -> dict:
        """One invoice. Raises InvoiceNotFound (404)."""
        return invoices.get_invoice(self.uow, invoice_id)

    @rpc
    def get_statistics(self, client_id: str, date_from: str | None = None, date_to: str | None = None) -> dict:
        """Figures over a period. Raises BillingInvalid (422)."""
        return statistics.statistics(self.uow, client_id, self._ctx(), date_from=date_from, date_to=date_to)

    @rpc
    def get_card(self, card_id: str) -> dict:
        """One card on file. Raises CardNotFound (404)."""
        return cards.get_card(self.uow, card_id)

    @rpc
    def list_cards(self, client_id: str) -> dict:
        """The client's cards on file."""
        return cards.list_cards(self.uow, client_id)

    @rpc
    def get_timeline(
        self,
        client_id: str,
        kinds: list[str] | None = None,
        before: list | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 51,
    ) -> list[dict]:
        """Invoices, payments, refunds and top-ups, newest first by (at, id). Raises TimelineInvalid (422)."""
        return timeline.timeline_page(self.uow, client_id, kinds, before, since, until, limit)

    @rpc
    def export_client_data(self, client_id: str) -> dict:
        """Everything billing holds on the client (GDPR export)."""
        return client_data.export_client_data(self.uow, client_id, self._ctx())

    @rpc
    def erase_client_data(self, client_id: str) -> int:
        """Erase personal data (cards, reasons), keeping the books (GDPR erase). Raises ClientAccountNotFound (404)."""
        return client_lifecycle.erase_client_data(self.uow, parse_uuid(client_id), self._ctx())

    # --- writes (each accepts idempotency_key and request_hash) -----------------------------------

    @rpc
    def top_up(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Add credit. Raises 404, 422, 409 (see use_cases.balance.top_up)."""
        return balance.top_up(
            self.uow,
            client_id,
            load(contracts.TopUpInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def adjust_balance(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Signed manual adjustment with a reason. Raises 404, 422, 409."""
        return balance.adjust(
            self.uow,
            client_id,
            load(contracts.AdjustmentInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def transfer_credit(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Move credit to a linked client. Raises 404, 422 (not linked, insufficient), 409."""
        return balance.transfer(
            self.uow,
            client_id,
            load(contracts.TransferInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def create_invoice(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Issue an invoice. Raises 404, 422 (unknown location, bad lines, currency), 409."""
        return invoices.create_invoice(
            self.uow,
            client_id,
            load(contracts.InvoiceInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def record_payment(self, invoice_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Pay an invoice. Raises 404, 422 (overpayment, insufficient funds, gift card), 503, 409."""
        return payments.record_payment(
            self.uow,
            invoice_id,
            load(contracts.PaymentInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def issue_refund(self, invoice_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Refund to the original method or the balance. Raises 404, 422, 409."""
        return refunds.issue_refund(
            self.uow,
            invoice_id,
            load(contracts.RefundInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def void_invoice(
        self, invoice_id: str, data: dict | None = None, idempotency_key: str | None = None, request_hash: str | None = None
    ):
        """Void an unpaid invoice. Raises 404, 422, 409."""
        return invoices.void_invoice(
            self.uow,
            invoice_id,
            load(contracts.VoidInput(), data or {}),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def add_card(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None):
        """Keep a card token. Raises 404, 422 (a card number, expired), 409."""
        return cards.add_card(
            self.uow,
            client_id,
            load(contracts.CardInput(), data),
            self._ctx(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def delete_card(self, card_id: str, idempotency_key: str | None = None, request_hash: str | None = None) -> dict:
        """Forget a card on file. Raises CardNotFound (404), IdempotencyKeyReused (409)."""
        return cards.delete_card(self.uow, card_id, idempotency_key=idempotency_key, request_hash=request_hash)
