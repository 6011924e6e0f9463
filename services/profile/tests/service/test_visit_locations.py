"""Visits at inactive locations: a new visit or a move there is a 422, a visit already there may still change."""

from datetime import UTC, datetime, timedelta

import pytest

from clientcard_kit.contracts import load
from clientcard_profile import contracts, decoding
from clientcard_profile.exceptions import VisitInvalid
from clientcard_profile.use_cases import locations, visits

NOW = datetime.now(UTC).replace(microsecond=0)
LATER = (NOW + timedelta(days=2)).isoformat()


def _closed(db) -> dict:
    location = db.location()
    return locations.update_location(db.uow(), location["id"], decoding.location_changes({"active": False}))


def test_booking_a_visit_at_an_inactive_location_is_refused_and_stores_nothing(db):
    client, closed = db.client(), _closed(db)

    with pytest.raises(VisitInvalid) as raised:
        visits.save_visit(
            db.uow(),
            client["id"],
            load(contracts.VisitInput(), {"starts_at": LATER, "location_id": closed["id"]}),
            now=NOW,
        )

    assert "inactive" in raised.value.errors["location_id"][0]
    assert visits.list_visits(db.uow(), client["id"])["items"] == []
    assert db.events("visit_booked", client_id=client["id"]) == []


def test_moving_a_visit_to_an_inactive_location_is_refused_and_changes_nothing(db):
    client, open_location, closed = db.client(), db.location(), _closed(db)
    visit = visits.save_visit(
        db.uow(),
        client["id"],
        load(
            contracts.VisitInput(),
            {"starts_at": LATER, "location_id": open_location["id"], "external_id": f"move-{client['id']}"},
        ),
        now=NOW,
    )["visit"]

    with pytest.raises(VisitInvalid):
        visits.update_visit(db.uow(), visit["id"], load(contracts.VisitUpdate(), {"location_id": closed["id"]}), now=NOW)
    with pytest.raises(VisitInvalid):  # the booking system's upsert by external_id too
        visits.save_visit(
            db.uow(),
            client["id"],
            load(
                contracts.VisitInput(),
                {"starts_at": LATER, "location_id": closed["id"], "external_id": f"move-{client['id']}"},
            ),
            now=NOW,
        )

    assert visits.list_visits(db.uow(), client["id"])["items"][0]["location_id"] == open_location["id"]


def test_a_visit_already_at_a_location_that_closed_can_still_be_cancelled(db):
    client, location = db.client(), db.location()
    visit = visits.save_visit(
        db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": LATER, "location_id": location["id"]}), now=NOW
    )["visit"]
    locations.update_location(db.uow(), location["id"], decoding.location_changes({"active": False}))

    cancelled = visits.update_visit(
        db.uow(),
        visit["id"],
        load(contracts.VisitUpdate(), {"status": "cancelled", "location_id": location["id"]}),
        now=NOW,
    )

    assert cancelled["status"] == "cancelled"
