"""nameko entrypoints of the messaging service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler
from nameko.timer import timer

from clientcard_kit import remote_calls, service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc, rpc_proxy
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock, SettingsProvider
from clientcard_kit.queues import ConsumerQueues, HandlerQueue
from clientcard_messaging import contracts
from clientcard_messaging.adapters import lookups
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import SERVICE_NAME, Settings
from clientcard_messaging.use_cases import (
    callbacks,
    calls,
    campaigns,
    card,
    client_data,
    client_lifecycle,
    history,
    imported_consents,
    notices,
    preferences,
    reminders,
    sending,
    templates,
    timeline,
    unsubscribe,
)


class MessagingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = messaging_uow()
    clock = Clock()
    settings = SettingsProvider(Settings.from_env)
    profile = rpc_proxy("profile")
    loyalty = rpc_proxy("loyalty")
    # the channel workers' queues exist from messaging's first start, before any worker ran
    channel_queues = ConsumerQueues(
        [
            HandlerQueue("messaging", f"{channel}_message_queued", f"messaging_{channel}", f"handle_{channel}_message_queued")
            for channel in contracts.CHANNELS
        ]
    )

    def _profile(self) -> lookups.ProfileLookups:
        return lookups.ProfileLookups(self.profile, self.settings.rpc_deadline_s)

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """The client's recent messages for the card."""
        return card.card_section(self.uow, client_id)

    @rpc
    def send_message(
        self,
        client_id: str,
        data: dict,
        idempotency_key: str | None = None,
        request_hash: str | None = None,
        restricted: bool = False,
    ) -> dict:
        """Queue (or suppress) one message.
        Raises MessageInvalid, TemplateNotFound (422), IdempotencyKeyReused, ClientClosed (409)."""
        return sending.send_message(
            self.uow,
            client_id,
            load(contracts.MessageInput(), data),
            idempotency_key=idempotency_key,
            request_hash=request_hash,
            restricted=restricted,
        )

    @rpc
    def list_messages(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's history on every channel, newest first. Raises BadCursor (422) for a cursor it did not give."""
        return history.list_messages(self.uow, client_id, limit=limit, cursor=cursor)

    @rpc
    def export_client_data(self, client_id: str) -> dict:
        """Messages, calls, preferences and their history (GDPR export). Raises TimelineInvalid (422: a bad id)."""
        return client_data.export_client_data(self.uow, client_id)

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
        """Messages and calls, newest first by (at, id). Raises TimelineInvalid (422)."""
        return timeline.timeline_page(self.uow, client_id, kinds, before, since, until, limit)

    @rpc
    def get_notification_preferences(self, client_id: str) -> dict:
        return preferences.get_preferences(self.uow, client_id)

    @rpc
    def set_notification_preferences(self, client_id: str, data: dict) -> dict:
        """Logged with the caller's key as the actor. Raises InvalidInput (422), ClientClosed (409)."""
        return preferences.set_preferences(self.uow, client_id, load(contracts.PreferencesInput(), data), self.context)

    @rpc
    def list_preference_changes(self, client_id: str) -> dict:
        return preferences.list_changes(self.uow, client_id)

    @rpc
    def unsubscribe(self, token: str) -> dict:
        """The signed link in a marketing email. Raises UnsubscribeLinkInvalid (404)."""
        return unsubscribe.unsubscribe(self.uow, token, secret=self.settings.unsubscribe_secret)

    @rpc
    def receive_provider_callback(self, provider: str, request: dict) -> dict:
        """A delivery report or an inbound message. Raises CallbackRejected (401), CallbackInvalid (422)."""
        return callbacks.receive(
            self.uow,
            provider,
            request,
            secret=self.settings.callback_secret,
            now=self.clock(),
            find_client=lambda address: self._profile().client_by_address(address),
        )

    @rpc
    def create_template(self, data: dict) -> dict:
        """Raises MessageInvalid (422, a template that does not parse), TemplateExists (409)."""
        return templates.create_template(self.uow, load(contracts.TemplateInput(), data))

    @rpc
    def list_templates(self) -> list[dict]:
        return templates.list_templates(self.uow)

    @rpc
    def preview_template(self, data: dict) -> dict:
        """Raises MessageInvalid, TemplateNotFound (422)."""
        return templates.preview(self.uow, load(contracts.TemplatePreviewInput(), data))

    @rpc
    def log_call(self, client_id: str, data: dict) -> dict:
        """Raises InvalidInput (422), ClientClosed (409)."""
        return calls.log_call(self.uow, client_id, load(contracts.CallInput(), data))

    @rpc
    def list_calls(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        return calls.list_calls(self.uow, client_id, limit=limit, cursor=cursor)

    @rpc
    def create_campaign(self, data: dict) -> dict:
        """Raises CampaignInvalid (422: bad channel, no segment, nobody in it)."""
        return campaigns.create_campaign(
            self.uow,
            load(contracts.CampaignInput(), data),
            now=self.clock(),
            actor=self.context.actor_name,
            recipients=lambda segment: self._profile().segment_recipients(segment),
            tier_members=lambda tier: set(
                remote_calls.call(self.loyalty, "loyalty", "get_clients_in_tier", tier, deadline_s=self.settings.rpc_deadline_s)
            ),
        )

    @rpc
    def get_campaign(self, campaign_id: str) -> dict:
        """Raises CampaignNotFound (404)."""
        return campaigns.get_campaign(self.uow, campaign_id)

    @rpc
    def cancel_campaign(self, campaign_id: str) -> dict:
        """Raises CampaignNotFound (404)."""
        return campaigns.cancel_campaign(self.uow, campaign_id, now=self.clock())

    # --- automatic notices

    def _visit_event(self, event_type: str, payload: dict) -> None:
        if payload.get("imported"):
            return  # visit history brought by an import: no reminder, no notice
        event = _jsonable(load(contracts.VisitEvent(), payload))
        client = self._profile().client_or_none(event["client_id"])
        timezone, hour = self._profile().reminder_clock(event.get("location_id"), self.settings.reminder_hour)
        reminders.on_visit_event(
            self.uow,
            event_type,
            event,
            restricted=lookups.is_restricted(client),
            now=self.clock(),
            timezone=timezone,
            hour=hour,
        )

    @event_handler("profile", "import_batch_accepted")
    @park_on_failure
    def handle_import_batch_accepted(self, payload: dict) -> None:
        imported_consents.apply_imported_consents(self.uow, load(contracts.ImportBatchEvent(), payload))

    @event_handler("profile", "visit_booked")
    @park_on_failure
    def handle_visit_booked(self, payload: dict) -> None:
        self._visit_event("visit_booked", payload)

    @event_handler("profile", "visit_updated")
    @park_on_failure
    def handle_visit_updated(self, payload: dict) -> None:
        self._visit_event("visit_updated", payload)

    @event_handler("profile", "visit_cancelled")
    @park_on_failure
    def handle_visit_cancelled(self, payload: dict) -> None:
        self._visit_event("visit_cancelled", payload)

    @event_handler("profile", "location_updated")
    @park_on_failure
    def handle_location_updated(self, payload: dict) -> None:
        location_id = str(load(contracts.LocationUpdatedEvent(), payload)["location_id"])
        timezone, hour = self._profile().reminder_clock(location_id, self.settings.reminder_hour)
        reminders.replan_location(self.uow, location_id, timezone=timezone, hour=hour, now=self.clock())

    @timer(interval=60)
    def send_due_reminders(self):
        reminders.send_due(
            self.uow,
            now=self.clock(),
            restricted=lambda client_id: lookups.is_restricted(self._profile().client_or_none(client_id)),
        )

    @event_handler("loyalty", "points_expiring")
    @park_on_failure
    def handle_points_expiring(self, payload: dict) -> None:
        event = _jsonable(load(contracts.PointsExpiringEvent(), payload))
        restricted = lookups.is_restricted(self._profile().client_or_none(event["client_id"]))
        notices.notify(self.uow, "points_expiring", event, restricted=restricted)

    @event_handler("billing", "invoice_overdue")
    @park_on_failure
    def handle_invoice_overdue(self, payload: dict) -> None:
        event = _jsonable(load(contracts.InvoiceOverdueEvent(), payload))
        restricted = lookups.is_restricted(self._profile().client_or_none(event["client_id"]))
        notices.notify(self.uow, "invoice_overdue", event, restricted=restricted)

    # --- the client's lifecycle

    @event_handler("profile", "client_merged")
    @park_on_failure
    def handle_client_merged(self, payload: dict) -> None:
        client_lifecycle.move_to_survivor(self.uow, load(contracts.ClientMergedEvent(), payload))

    @event_handler("profile", "client_merge_undone")
    @park_on_failure
    def handle_client_merge_undone(self, payload: dict) -> None:
        client_lifecycle.move_back(self.uow, load(contracts.ClientMergedEvent(), payload))

    @event_handler("profile", "client_erased")
    @park_on_failure
    def handle_client_erased(self, payload: dict) -> None:
        client_lifecycle.erase_client(self.uow, load(contracts.ClientErasedEvent(), payload), now=self.clock())


def _jsonable(event: dict) -> dict:
    """Loaded events carry UUIDs and datetimes; templates and the inbox want plain strings."""
    return {key: value if isinstance(value, int | str) or value is None else str(value) for key, value in event.items()}
