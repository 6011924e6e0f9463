"""Each location sets the hour of its day-before visit reminders (`reminder_hour`, local time) through the
locations API; messaging plans a booked visit's reminder at that hour on the eve in the location's zone, and
moves the plan when the location changes its hour."""

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa


@pytest.fixture
def planned_reminder(suite):
    """When messaging plans to remind of a visit (its own table: no API shows a plan before it is sent)."""
    engine = sa.create_engine(suite.databases["messaging"], poolclass=sa.pool.NullPool)

    def planned(visit_id: str) -> datetime:
        with engine.connect() as conn:
            when = conn.scalar(sa.text("SELECT remind_at FROM visit_reminders WHERE visit_id = :v"), {"v": visit_id})
        assert when is not None, "not planned yet"
        return when

    yield planned
    engine.dispose()


def test_a_location_sets_its_reminder_hour_and_bad_hours_are_422s(api):
    created = api.post("/locations", json={"name": f"Hours {uuid.uuid4().hex[:6]}", "timezone": "Europe/Paris"})
    assert created.status_code == 201, created.text
    location = created.json()
    assert location["reminder_hour"] is None  # the chain's REMINDER_HOUR until the location sets its own

    for bad in (24, -1, "evening", 9.5):
        refused = api.patch(f"/locations/{location['id']}", json={"reminder_hour": bad})
        assert refused.status_code == 422, (bad, refused.text)
        assert "reminder_hour" in refused.json()["errors"]
    changed = api.patch(f"/locations/{location['id']}", json={"reminder_hour": 18}, headers={"If-Match": '"1"'})

    assert changed.status_code == 200, changed.text
    assert (changed.json()["reminder_hour"], changed.headers["ETag"]) == (18, '"2"')
    assert api.get(f"/locations/{location['id']}").json()["reminder_hour"] == 18
    assert api.patch(f"/locations/{location['id']}", json={"reminder_hour": None}).json()["reminder_hour"] is None


def test_a_visit_is_reminded_at_its_locations_hour_and_moves_with_it(api, client_id, planned_reminder, wait_until):
    zone = ZoneInfo("America/New_York")
    location = api.post(
        "/locations", json={"name": f"NY {uuid.uuid4().hex[:6]}", "timezone": zone.key, "reminder_hour": 18}
    ).json()
    day = date.today() + timedelta(days=20)
    starts = datetime(day.year, day.month, day.day, 11, 30, tzinfo=zone)
    visit = api.post(
        f"/clients/{client_id}/visits",
        json={"starts_at": starts.isoformat(), "service": "Cut", "location_id": location["id"], "status": "booked"},
    )
    assert visit.status_code == 201, visit.text
    eve = day - timedelta(days=1)

    def planned_at(hour: int):
        assert planned_reminder(visit.json()["id"]) == datetime(eve.year, eve.month, eve.day, hour, tzinfo=zone)

    wait_until(lambda: planned_at(18), timeout=20)
    assert api.patch(f"/locations/{location['id']}", json={"reminder_hour": 7}).status_code == 200
    wait_until(lambda: planned_at(7), timeout=20)
    assert planned_reminder(visit.json()["id"]).astimezone(UTC) > datetime.now(UTC)
