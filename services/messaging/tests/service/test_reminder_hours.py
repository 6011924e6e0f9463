"""The day-before reminder goes out at its location's own hour, in the location's zone (the chain's
`REMINDER_HOUR` when the location has none), and moves when the location changes its hour; the clock is
frozen and moved by hand, the reminder timer's entrypoint is fired by the test."""

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_hook, entrypoint_waiter, replace_dependencies
from sqlalchemy.orm import sessionmaker

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.service import MessagingService
from clientcard_messaging.settings import Settings
from clientcard_messaging.use_cases import history

DEFAULT_HOUR = Settings(database_url="").reminder_hour
BOOKED_AT = datetime(2032, 3, 1, 9, 0, tzinfo=UTC)


class FrozenClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


@pytest.fixture
def messaging(container_factory, service_config):
    """Messaging on a frozen clock, with profile answering locations from a dict: {location_id: record}."""
    container = container_factory(MessagingService, service_config)
    clock = FrozenClock(BOOKED_AT)
    replace_dependencies(container, clock=clock)
    profile = replace_dependencies(container, "profile")
    locations = {}
    profile.get_client.side_effect = lambda client_id: {"id": client_id, "restricted": False}
    profile.get_location.side_effect = lambda location_id: locations[location_id]
    container.start()
    container.clock, container.locations = clock, locations
    return container


def location(container, timezone: str, reminder_hour: int | None) -> str:
    location_id = str(uuid.uuid4())
    container.locations[location_id] = {"id": location_id, "timezone": timezone, "reminder_hour": reminder_hour}
    return location_id


def book(container, config, location_id: str, starts_at: datetime) -> str:
    client = str(uuid.uuid4())
    event = {
        "event_id": str(uuid.uuid4()),
        "occurred_at": BOOKED_AT.isoformat(),
        "version": 1,
        "client_id": client,
        "visit_id": str(uuid.uuid4()),
        "location_id": location_id,
        "starts_at": starts_at.isoformat(),
        "status": "booked",
        "service": "Massage",
    }
    with entrypoint_waiter(container, "handle_visit_booked"):
        event_dispatcher(config)("profile", "visit_booked", event)
    return client


def reminded_at(container, uow, client: str, *times: datetime) -> datetime | None:
    """Fire the reminder timer at each time in turn; the first at which the client's reminder was queued."""
    for now in times:
        container.clock.now = now
        with entrypoint_hook(container, "send_due_reminders") as send_due_reminders:
            send_due_reminders()
        if any(m["body"].startswith("Reminder:") for m in history.list_messages(uow, client)["items"]):
            return now
    return None


def test_the_reminder_goes_out_at_the_locations_own_hour_in_its_zone(messaging, service_config, uow):
    new_york = location(messaging, "America/New_York", 18)
    client = book(messaging, service_config, new_york, datetime(2032, 3, 20, 14, 0, tzinfo=UTC))  # 10:00 EDT

    # 18:00 on the eve in New York (EDT since 14 March) is 22:00 UTC
    sent = reminded_at(
        messaging,
        uow,
        client,
        datetime(2032, 3, 19, 21, 59, tzinfo=UTC),
        datetime(2032, 3, 19, 22, 0, tzinfo=UTC),
        datetime(2032, 3, 19, 22, 1, tzinfo=UTC),
    )

    assert sent == datetime(2032, 3, 19, 22, 0, tzinfo=UTC)
    reminders = [m for m in history.list_messages(uow, client)["items"] if m["body"].startswith("Reminder:")]
    assert [m["body"] for m in reminders] == ["Reminder: Massage tomorrow, Sat 20 Mar 10:00."]


def test_a_location_without_its_own_hour_reminds_at_the_chains_default(messaging, service_config, uow):
    tokyo = location(messaging, "Asia/Tokyo", None)
    client = book(messaging, service_config, tokyo, datetime(2032, 4, 10, 3, 0, tzinfo=UTC))

    default = datetime(2032, 4, 9, DEFAULT_HOUR, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    sent = reminded_at(messaging, uow, client, default - timedelta(minutes=1), default)

    assert sent == default  # DEFAULT_HOUR o'clock in Tokyo (UTC+9), not in UTC


def test_a_location_that_changes_its_hour_moves_its_unsent_reminders(messaging, service_config, uow):
    lisbon = location(messaging, "Europe/Lisbon", 8)
    client = book(messaging, service_config, lisbon, datetime(2032, 5, 12, 15, 0, tzinfo=UTC))
    messaging.locations[lisbon]["reminder_hour"] = 19
    changed = {
        "event_id": str(uuid.uuid4()),
        "occurred_at": BOOKED_AT.isoformat(),
        "version": 1,
        "location_id": lisbon,
        "name": "Lisbon",
        "timezone": "Europe/Lisbon",
        "active": True,
    }

    with entrypoint_waiter(messaging, "handle_location_updated"):
        event_dispatcher(service_config)("profile", "location_updated", changed)
    # 08:00 and 19:00 in Lisbon in May (WEST, UTC+1) are 07:00 and 18:00 UTC
    sent = reminded_at(
        messaging,
        uow,
        client,
        datetime(2032, 5, 11, 7, 0, tzinfo=UTC),
        datetime(2032, 5, 11, 17, 59, tzinfo=UTC),
        datetime(2032, 5, 11, 18, 0, tzinfo=UTC),
    )

    assert sent == datetime(2032, 5, 11, 18, 0, tzinfo=UTC)
