"""nameko entrypoints of the loyalty service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler
from nameko.timer import timer

from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc, rpc_proxy
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_loyalty import contracts
from clientcard_loyalty.adapters import family
from clientcard_loyalty.dependencies import loyalty_uow
from clientcard_loyalty.settings import SERVICE_NAME, Settings
from clientcard_loyalty.use_cases import (
    accrual,
    adjustments,
    card,
    cards,
    client_lifecycle,
    credit_packs,
    expiry,
    gift_cards,
    imports,
    invoices,
    locations,
    memberships,
    programs,
    segments,
    timeline,
)


class LoyaltyService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = loyalty_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)
    profile = rpc_proxy("profile")

    # ---- reads -----------------------------------------------------------------------------
    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """Points, tier, cards, gift cards, memberships, credits, expiring and recent transactions."""
        return card.card_section(self.uow, client_id, now=self.clock())

    @rpc
    def get_loyalty(self, client_id: str, transactions: int = 200) -> dict:
        """The card section with a longer transaction history. Raises CardInvalid (422)."""
        return card.card_section(self.uow, client_id, now=self.clock(), transactions=transactions)

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
        """Points, gift card, membership and credit changes, newest first by (at, id). Raises TimelineInvalid (422)."""
        return timeline.timeline_page(self.uow, client_id, kinds, before, since, until, limit)

    @rpc
    def export_client_data(self, client_id: str) -> dict:
        """Everything loyalty holds on the client (GDPR export)."""
        return card.card_section(self.uow, client_id, now=self.clock(), transactions=100_000)

    @rpc
    def erase_client_data(self, client_id: str) -> int:
        """Drop names and reasons held on the client (GDPR erase); idempotent. Raises CardInvalid (422)."""
        return client_lifecycle.erase_client_data(self.uow, card.parse_client_id(client_id))

    @rpc
    def get_clients_in_tier(self, tier: str) -> list[str]:
        """Client ids in a tier, for messaging's campaign segments."""
        return segments.clients_in_tier(self.uow, tier)

    @rpc
    def get_card(self, card_id: str) -> dict:
        """One card with its full history. Raises CardNotFound (404)."""
        return cards.get_card(self.uow, card_id, now=self.clock())

    @rpc
    def get_gift_card(self, code: str) -> dict:
        """A gift card's balance by code. Raises GiftCardNotFound (404)."""
        return gift_cards.gift_card_balance(self.uow, code, now=self.clock())

    @rpc
    def get_program(self) -> dict:
        return programs.get_program(self.uow, currency=self.settings.currency)

    # ---- writes ----------------------------------------------------------------------------
    @rpc
    def update_program(self, data: dict, expected_version: int | None = None) -> dict:
        """Raises ProgramInvalid (422), ProgramVersionMismatch (412)."""
        return programs.update_program(
            self.uow,
            load(contracts.ProgramUpdate(), data),
            currency=self.settings.currency,
            now=self.clock(),
            expected_version=expected_version,
        )

    @rpc
    def issue_card(self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None) -> dict:
        """Raises CardInvalid (422), CardConflict (409), IdempotencyKeyReused (409)."""
        return cards.issue_card(
            self.uow,
            client_id,
            load(contracts.CardCreate(), data),
            now=self.clock(),
            currency=self.settings.currency,
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def delete_card(self, card_id: str) -> None:
        """Raises CardNotFound (404), CardConflict (409)."""
        cards.delete_card(self.uow, card_id, now=self.clock())

    @rpc
    def adjust_points(
        self, card_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """Raises CardNotFound (404), CardInvalid / InsufficientPoints (422), IdempotencyKeyReused (409)."""
        return adjustments.adjust_points(
            self.uow,
            card_id,
            load(contracts.PointsAdjustment(), data),
            now=self.clock(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def freeze_membership(
        self, card_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """Raises CardNotFound (404), MembershipInvalid (422), IdempotencyKeyReused (409)."""
        return memberships.freeze_membership(
            self.uow,
            card_id,
            load(contracts.Freeze(), data),
            now=self.clock(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def end_membership_freeze(self, card_id: str) -> dict:
        """Raises CardNotFound (404), MembershipInvalid (422)."""
        return memberships.end_freeze(self.uow, card_id, now=self.clock())

    @rpc
    def cancel_membership(self, card_id: str, data: dict | None = None) -> dict:
        """Raises CardNotFound (404), MembershipInvalid (422)."""
        return memberships.cancel_membership(
            self.uow, card_id, load(contracts.MembershipNote(), data or {})["reason"], now=self.clock()
        )

    @rpc
    def renew_membership(
        self, card_id: str, data: dict | None = None, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """Raises CardNotFound (404), MembershipInvalid (422), IdempotencyKeyReused (409)."""
        return memberships.renew_membership(
            self.uow,
            card_id,
            load(contracts.MembershipNote(), data or {})["reason"],
            now=self.clock(),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    @rpc
    def adjust_credits(
        self, card_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """Raises CardNotFound (404), CreditsInvalid (422), FamilyLinksUnavailable (503), IdempotencyKeyReused (409)."""
        adjustment = load(contracts.CreditAdjustment(), data)
        holder_links = None
        if credit_packs.needs_link_check(adjustment):
            holder = credit_packs.shareable_pack_holder(self.uow, card_id)
            holder_links = (
                family.linked_client_ids(self.profile, holder, deadline_s=self.settings.rpc_deadline_s) if holder else set()
            )
        return credit_packs.adjust_credits(
            self.uow,
            card_id,
            adjustment,
            now=self.clock(),
            linked_client_ids=holder_links,
            idempotency_key=idempotency_key,
            request_hash=request_hash,
        )

    # ---- gift cards as a payment method (billing calls these) ------------------------------
    @rpc
    def hold_gift_card(self, code: str, amount_minor: int, currency: str, hold_key: str) -> dict:
        """`{hold_id, remaining_minor}`. Raises GiftCardNotFound (404), GiftCardInsufficient (422), GiftCardHoldConflict (409)."""
        return gift_cards.hold_gift_card(self.uow, code, amount_minor, currency, hold_key, now=self.clock())

    @rpc
    def confirm_gift_card_hold(self, hold_id: str, payment_id: str | None = None) -> dict:
        """Idempotent. Raises GiftCardHoldNotFound (404), GiftCardHoldLapsed (409)."""
        return gift_cards.confirm_gift_card_hold(self.uow, hold_id, now=self.clock(), payment_id=payment_id)

    @rpc
    def release_gift_card_hold(self, hold_id: str) -> dict:
        """Idempotent. Raises GiftCardHoldNotFound (404)."""
        return gift_cards.release_gift_card_hold(self.uow, hold_id, now=self.clock())

    # ---- the clock -------------------------------------------------------------------------
    @timer(interval=60, eager=True)
    def release_lapsed_gift_card_holds(self):
        gift_cards.release_lapsed_holds(self.uow, now=self.clock())

    @timer(interval=3600, eager=True)
    def process_due_points(self):
        """Hourly: expiring notices, expired lots, tiers whose window moved on (idempotent)."""
        expiry.run_due(self.uow, now=self.clock(), notice_days=self.settings.expiring_notice_days)

    # ---- events ----------------------------------------------------------------------------
    @event_handler("billing", "payment_recorded")
    @park_on_failure
    def handle_payment_recorded(self, payload: dict) -> None:
        accrual.accrue_for_payment(self.uow, load(contracts.PaymentRecordedEvent(), payload), now=self.clock())

    @event_handler("billing", "refund_issued")
    @park_on_failure
    def handle_refund_issued(self, payload: dict) -> None:
        accrual.reverse_for_refund(self.uow, load(contracts.RefundIssuedEvent(), payload), now=self.clock())

    @event_handler("billing", "invoice_issued")
    @park_on_failure
    def handle_invoice_issued(self, payload: dict) -> None:
        invoices.record_invoice_issued(self.uow, load(contracts.InvoiceIssuedEvent(), payload), now=self.clock())

    @event_handler("profile", "client_merged")
    @park_on_failure
    def handle_client_merged(self, payload: dict) -> None:
        client_lifecycle.move_to_survivor(self.uow, load(contracts.ClientMergedEvent(), payload), now=self.clock())

    @event_handler("profile", "client_merge_undone")
    @park_on_failure
    def handle_client_merge_undone(self, payload: dict) -> None:
        client_lifecycle.move_back(self.uow, load(contracts.ClientMergedEvent(), payload), now=self.clock())

    @event_handler("profile", "client_erased")
    @park_on_failure
    def handle_client_erased(self, payload: dict) -> None:
        client_lifecycle.erase_client(self.uow, load(contracts.ClientErasedEvent(), payload))

    @event_handler("profile", "import_batch_accepted")
    @park_on_failure
    def handle_import_batch_accepted(self, payload: dict) -> None:
        imports.post_imported_parts(self.uow, load(contracts.ImportBatchEvent(), payload), now=self.clock())

    @rpc
    def validate_import_rows(self, rows: list[dict]) -> dict:
        """Each import row's loyalty parts as they will be posted (amounts in minor units), or its errors."""
        return imports.validate_import_rows(self.uow, rows, currency=self.settings.currency, today=self.clock().date())

    @rpc
    def get_import_totals(self, import_id: str) -> dict:
        """Points, gift card value and cards loyalty holds for the parts an import named."""
        return imports.import_totals(self.uow, import_id)

    @event_handler("profile", "location_created")
    @park_on_failure
    def handle_location_created(self, payload: dict) -> None:
        locations.record_location(self.uow, load(contracts.LocationEvent(), payload))

    @event_handler("profile", "location_updated")
    @park_on_failure
    def handle_location_updated(self, payload: dict) -> None:
        locations.record_location(self.uow, load(contracts.LocationEvent(), payload))
