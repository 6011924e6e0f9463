"""Visits: idempotent by external_id, announced by events, counted on the card, at known locations only."""

from datetime import UTC, datetime, timedelta

import pytest

from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput
from clientcard_profile import contracts
from clientcard_profile.exceptions import VisitExternalIdTaken, VisitInvalid, VisitNotFound
from clientcard_profile.use_cases import card, clients, visits

NOW = datetime.now(UTC).replace(microsecond=0)


def _at(days: int) -> str:
    return (NOW + timedelta(days=days)).isoformat()


def test_a_second_post_with_the_same_external_id_updates_and_never_duplicates(db):
    client, location = db.client(), db.location()
    first = visits.save_visit(
        db.uow(),
        client["id"],
        load(
            contracts.VisitInput(),
            {
                "starts_at": _at(3),
                "service": "Cut",
                "location_id": location["id"],
                "external_id": f"ext-{client['id']}",
                "price": {"amount": 4500, "currency": "GBP"},
            },
        ),
        now=NOW,
    )
    second = visits.save_visit(
        db.uow(),
        client["id"],
        load(
            contracts.VisitInput(),
            {"starts_at": _at(3), "service": "Cut and colour", "external_id": f"ext-{client['id']}"},
        ),
        now=NOW,
    )

    assert first["created"] is True and second["created"] is False
    assert second["visit"]["id"] == first["visit"]["id"]
    assert second["visit"]["service"] == "Cut and colour"
    assert second["visit"]["price"] == {"amount": 4500, "currency": "GBP"}
    assert [v["id"] for v in visits.list_visits(db.uow(), client["id"])["items"]] == [first["visit"]["id"]]
    visit_id = first["visit"]["id"]
    assert [e["visit_id"] for e in db.events("visit_booked", client_id=client["id"])] == [visit_id]
    updated = db.events("visit_updated", client_id=client["id"])
    assert [(e["visit_id"], e["service"]) for e in updated] == [(visit_id, "Cut and colour")]


def test_an_unchanged_repost_announces_nothing(db):
    client = db.client()
    payload = {"starts_at": _at(2), "service": "Cut", "status": "booked", "external_id": f"same-{client['id']}"}
    visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), payload), now=NOW)
    visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), payload), now=NOW)
    assert len(db.events("visit_booked", client_id=client["id"])) == 1
    assert db.events("visit_updated", client_id=client["id"]) == []


def test_an_external_id_of_another_clients_visit_is_a_conflict(db):
    one, other = db.client(), db.client()
    visits.save_visit(
        db.uow(), one["id"], load(contracts.VisitInput(), {"starts_at": _at(1), "external_id": f"x-{one['id']}"}), now=NOW
    )
    with pytest.raises(VisitExternalIdTaken):
        visits.save_visit(
            db.uow(),
            other["id"],
            load(contracts.VisitInput(), {"starts_at": _at(1), "external_id": f"x-{one['id']}"}),
            now=NOW,
        )


def test_cancelling_a_visit_announces_it_and_the_card_counts_no_shows_and_cancellations(db):
    client = db.client()
    past = visits.save_visit(
        db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(-10), "status": "completed"}), now=NOW
    )["visit"]
    visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(-5), "status": "no_show"}), now=NOW)
    upcoming = visits.save_visit(
        db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(7), "staff": "Maria"}), now=NOW
    )["visit"]
    doomed = visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(14)}), now=NOW)["visit"]

    visits.update_visit(
        db.uow(), doomed["id"], load(contracts.VisitUpdate(), {"status": "cancelled", "comment": "rang in"}), now=NOW
    )
    section = card.card_section(db.uow(), client["id"], now=NOW)

    assert [e["visit_id"] for e in db.events("visit_cancelled", client_id=client["id"])] == [doomed["id"]]
    assert section["summary"]["visits_count"] == 1
    assert section["summary"]["no_shows"] == 1
    assert section["summary"]["cancellations"] == 1
    assert section["summary"]["last_visit"]["id"] == past["id"]
    assert section["summary"]["next_visit"]["id"] == upcoming["id"]
    assert [v["id"] for v in section["visits"]["upcoming"]] == [upcoming["id"]]
    assert len(section["visits"]["recent"]) == 2


def test_the_clients_last_and_next_visit_times_follow_its_visits(db):
    client = db.client()
    visits.save_visit(
        db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(-3), "status": "completed"}), now=NOW
    )
    nxt = visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(4)}), now=NOW)["visit"]

    record = clients.get_client(db.uow(), client["id"])
    assert datetime.fromisoformat(record["last_visit_at"]) == NOW - timedelta(days=3)
    assert datetime.fromisoformat(record["next_visit_at"]) == NOW + timedelta(days=4)

    visits.update_visit(db.uow(), nxt["id"], load(contracts.VisitUpdate(), {"status": "cancelled"}), now=NOW)
    assert clients.get_client(db.uow(), client["id"])["next_visit_at"] is None


def test_an_unknown_location_is_refused_and_nothing_is_stored(db):
    client = db.client()
    with pytest.raises(VisitInvalid) as raised:
        visits.save_visit(
            db.uow(),
            client["id"],
            load(contracts.VisitInput(), {"starts_at": _at(1), "location_id": "00000000-0000-0000-0000-000000000001"}),
            now=NOW,
        )
    assert "location_id" in raised.value.errors
    assert visits.list_visits(db.uow(), client["id"])["items"] == []


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"starts_at": "tomorrow"},
        {"starts_at": "2026-01-01T10:00:00"},  # naive: no offset
        {"starts_at": "2026-01-01T10:00:00+00:00", "ends_at": "2026-01-01T09:00:00+00:00"},
        {"starts_at": "2026-01-01T10:00:00+00:00", "status": "maybe"},
        {"starts_at": "2026-01-01T10:00:00+00:00", "price": {"amount": 10.5, "currency": "GBP"}},
    ],
)
def test_bad_visit_input_is_refused_and_nothing_is_stored(db, payload):
    client = db.client()
    with pytest.raises(InvalidInput):
        visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), payload), now=NOW)
    assert visits.list_visits(db.uow(), client["id"])["items"] == []


def test_a_patch_cannot_end_a_visit_before_it_starts(db):
    client = db.client()
    visit = visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(1)}), now=NOW)["visit"]
    with pytest.raises(VisitInvalid):
        visits.update_visit(db.uow(), visit["id"], load(contracts.VisitUpdate(), {"ends_at": _at(0)}), now=NOW)
    with pytest.raises(VisitNotFound):
        visits.update_visit(db.uow(), "not-a-uuid", load(contracts.VisitUpdate(), {"comment": "x"}), now=NOW)


def test_visits_page_latest_first(db):
    client = db.client()
    ids = [
        visits.save_visit(db.uow(), client["id"], load(contracts.VisitInput(), {"starts_at": _at(d)}), now=NOW)["visit"]["id"]
        for d in (1, 2, 3)
    ]
    page1 = visits.list_visits(db.uow(), client["id"], limit=2)
    page2 = visits.list_visits(db.uow(), client["id"], limit=2, cursor=page1["next_cursor"])
    assert [v["id"] for v in page1["items"] + page2["items"]] == ids[::-1]
    assert page2["next_cursor"] is None
