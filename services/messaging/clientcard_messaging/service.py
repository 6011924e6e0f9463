"""nameko entrypoints of the messaging service: decode, call one use case, encode."""

from __future__ import annotations

from nameko.events import event_handler

from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc
from clientcard_kit.parking import park_on_failure
from clientcard_kit.providers import Clock
from clientcard_kit.queues import ConsumerQueues, HandlerQueue
from clientcard_messaging import contracts
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import SERVICE_NAME
from clientcard_messaging.use_cases import card, client_lifecycle, history, notices, preferences, sending, templates


class MessagingService(service_base.ClientcardService):
    name = SERVICE_NAME
    uow = messaging_uow()
    clock = Clock()
    # the channel workers' queues exist from messaging's first start, before any worker ran
    channel_queues = ConsumerQueues(
        [
            HandlerQueue("messaging", f"{channel}_message_queued", f"messaging_{channel}", f"handle_{channel}_message_queued")
            for channel in contracts.CHANNELS
        ]
    )

    @rpc
    def get_card_section(self, client_id: str) -> dict:
        """The client's recent messages for the card."""
        return card.card_section(self.uow, client_id)

    @rpc
    def send_message(
        self, client_id: str, data: dict, idempotency_key: str | None = None, request_hash: str | None = None
    ) -> dict:
        """Queue (or suppress) one message. Raises MessageInvalid, TemplateNotFound (422), IdempotencyKeyReused (409)."""
        return sending.send_message(self.uow, client_id, data, idempotency_key=idempotency_key, request_hash=request_hash)

    @rpc
    def list_messages(self, client_id: str, limit: int = 50, cursor: str | None = None) -> dict:
        """The client's history on every channel, newest first. Raises MessageInvalid for a bad cursor."""
        return history.list_messages(self.uow, client_id, limit=limit, cursor=cursor)

    @rpc
    def get_notification_preferences(self, client_id: str) -> dict:
        return preferences.get_preferences(self.uow, client_id)

    @rpc
    def set_notification_preferences(self, client_id: str, data: dict) -> dict:
        """Raises InvalidInput (422)."""
        return preferences.set_preferences(self.uow, client_id, data)

    @rpc
    def create_template(self, data: dict) -> dict:
        """Raises InvalidInput (422), TemplateExists (409)."""
        return templates.create_template(self.uow, data)

    @rpc
    def list_templates(self) -> list[dict]:
        return templates.list_templates(self.uow)

    @event_handler("profile", "visit_booked")
    @park_on_failure
    def handle_visit_booked(self, payload: dict) -> None:
        notices.notify(self.uow, "visit_booked", _jsonable(load(contracts.VisitBookedEvent(), payload)))

    @event_handler("loyalty", "points_expiring")
    @park_on_failure
    def handle_points_expiring(self, payload: dict) -> None:
        notices.notify(self.uow, "points_expiring", _jsonable(load(contracts.PointsExpiringEvent(), payload)))

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
