"""Merging duplicates: a preview that changes nothing, field choices, moves, the event, and an undo."""

from datetime import UTC, datetime, timedelta

import pytest

from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput
from clientcard_profile import contracts
from clientcard_profile.exceptions import ClientNotFound, MergeConflict, MergeInvalid, MergeUndoRefused
from clientcard_profile.use_cases import clients, duplicates, merges, notes, visits

from .history_support import STAFF

NOW = datetime.now(UTC)


def _pair(db):
    target = db.client(first_name="Ann", email=None, tags=["vip"])
    source = db.client(first_name="Anne", email=f"{target['id'][:8]}@example.com", tags=["new"], card_number=target["id"][:12])
    note = notes.add_note(
        db.uow(), source["id"], load(contracts.NoteInput(), {"body": "allergic", "kind": "alert"}), context=STAFF
    )
    visit = visits.save_visit(
        db.uow(),
        source["id"],
        load(contracts.VisitInput(), {"starts_at": (NOW - timedelta(days=2)).isoformat(), "status": "completed"}),
        now=NOW,
    )["visit"]
    return target, source, note, visit


def test_a_preview_lists_what_would_move_and_change_and_changes_nothing(db):
    target, source, note, visit = _pair(db)

    preview = merges.merge_clients(
        db.uow(),
        target["id"],
        load(contracts.MergeInput(), {"source_id": source["id"], "preview": True}),
        context=STAFF,
        now=NOW,
    )

    assert preview["preview"] is True
    assert preview["moves"] == {"notes": 1, "visits": 1, "links": 0}
    assert preview["moving"] == {"notes": [note["id"]], "visits": [visit["id"]], "links": []}
    assert preview["fields"]["email"] == {"target": None, "source": source["email"], "result": source["email"], "kept": "source"}
    assert preview["fields"]["first_name"]["result"] == "Ann"
    assert set(preview["changes"]) >= {"email", "tags", "card_number"}
    assert clients.get_client(db.uow(), source["id"])["status"] == "active"
    assert clients.get_client(db.uow(), target["id"])["email"] is None
    assert len(notes.list_notes(db.uow(), source["id"])["items"]) == 1
    assert db.events("client_merged", client_id=target["id"]) == []


def test_a_merge_moves_notes_and_visits_fills_fields_and_archives_the_duplicate(db):
    target, source, note, visit = _pair(db)

    result = merges.merge_clients(
        db.uow(),
        target["id"],
        load(contracts.MergeInput(), {"source_id": source["id"], "keep": {"first_name": "source"}}),
        context=STAFF,
        now=NOW,
    )

    survivor = clients.get_client(db.uow(), target["id"])
    duplicate = clients.get_client(db.uow(), source["id"])
    assert survivor["first_name"] == "Anne"
    assert survivor["email"] == source["email"]
    assert survivor["card_number"] == source["card_number"]
    assert survivor["tags"] == ["vip", "new"]
    assert survivor["last_visit_at"] is not None
    assert duplicate["status"] == "archived" and duplicate["merged_into_id"] == target["id"]
    assert [n["id"] for n in notes.list_notes(db.uow(), target["id"])["items"]] == [note["id"]]
    assert [v["id"] for v in visits.list_visits(db.uow(), target["id"])["items"]] == [visit["id"]]
    assert visits.list_visits(db.uow(), source["id"])["items"] == []
    merge_id = result["merge"]["id"]
    assert (
        db.events("client_merged", client_id=target["id"])
        and db.events("client_merged", client_id=target["id"])[0]["merge_id"] == merge_id
    )
    assert db.events("client_merged", client_id=target["id"])[0]["source_id"] == source["id"]
    assert db.scalar("SELECT count(*) FROM client_audit WHERE client_id = :c AND action = 'merged'", c=target["id"]) >= 1


def test_merging_a_client_into_itself_is_refused(db):
    client = db.client()
    with pytest.raises(MergeInvalid):
        merges.merge_clients(
            db.uow(), client["id"], load(contracts.MergeInput(), {"source_id": client["id"]}), context=STAFF, now=NOW
        )
    assert clients.get_client(db.uow(), client["id"])["status"] == "active"


def test_merging_an_already_merged_client_is_a_conflict_and_changes_nothing(db):
    target, source, _, _ = _pair(db)
    third = db.client()
    merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )

    with pytest.raises(MergeConflict):
        merges.merge_clients(
            db.uow(), third["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
        )
    with pytest.raises(MergeConflict):  # the archived duplicate cannot survive a merge either
        merges.merge_clients(
            db.uow(), source["id"], load(contracts.MergeInput(), {"source_id": third["id"]}), context=STAFF, now=NOW
        )
    assert clients.get_client(db.uow(), third["id"])["status"] == "active"
    assert len(db.events("client_merged", source_id=source["id"])) == 1


@pytest.mark.parametrize("payload", [{}, {"source_id": "nope"}, {"source_id": "00000000-0000-0000-0000-000000000009"}])
def test_a_merge_with_a_missing_or_unknown_source_is_refused(db, payload):
    target = db.client()
    with pytest.raises(InvalidInput):
        merges.merge_clients(db.uow(), target["id"], load(contracts.MergeInput(), payload), context=STAFF, now=NOW)


def test_a_merge_with_an_unknown_field_choice_is_refused(db):
    target, source, _, _ = _pair(db)
    with pytest.raises(InvalidInput):
        merges.merge_clients(
            db.uow(),
            target["id"],
            load(contracts.MergeInput(), {"source_id": source["id"], "keep": {"id": "source"}}),
            context=STAFF,
            now=NOW,
        )
    with pytest.raises(InvalidInput):
        merges.merge_clients(
            db.uow(),
            target["id"],
            load(contracts.MergeInput(), {"source_id": source["id"], "keep": {"phone": "both"}}),
            context=STAFF,
            now=NOW,
        )
    assert clients.get_client(db.uow(), source["id"])["status"] == "active"


def test_merging_into_an_unknown_client_is_not_found(db):
    source = db.client()
    with pytest.raises(ClientNotFound):
        merges.merge_clients(
            db.uow(),
            "00000000-0000-0000-0000-000000000008",
            load(contracts.MergeInput(), {"source_id": source["id"]}),
            context=STAFF,
            now=NOW,
        )


def test_undo_moves_back_exactly_what_moved_and_restores_both_clients(db):
    target, source, note, visit = _pair(db)
    own_note = notes.add_note(db.uow(), target["id"], load(contracts.NoteInput(), {"body": "the survivor's own"}), context=STAFF)
    merge = merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )["merge"]
    later = notes.add_note(
        db.uow(), target["id"], load(contracts.NoteInput(), {"body": "written after the merge"}), context=STAFF
    )

    undone = merges.undo_merge(db.uow(), merge["id"], context=STAFF, now=NOW + timedelta(days=29))

    assert undone["source"]["status"] == "active" and undone["source"]["merged_into_id"] is None
    assert undone["client"]["email"] is None
    assert undone["client"]["card_number"] is None
    assert undone["client"]["tags"] == ["vip"]
    assert undone["source"]["card_number"] == source["card_number"]
    assert [n["id"] for n in notes.list_notes(db.uow(), source["id"])["items"]] == [note["id"]]
    assert {n["id"] for n in notes.list_notes(db.uow(), target["id"])["items"]} == {own_note["id"], later["id"]}
    assert [v["id"] for v in visits.list_visits(db.uow(), source["id"])["items"]] == [visit["id"]]
    event = db.events("client_merge_undone", merge_id=merge["id"])
    assert event and event[0]["client_id"] == target["id"] and event[0]["source_id"] == source["id"]
    with pytest.raises(MergeUndoRefused):
        merges.undo_merge(db.uow(), merge["id"], context=STAFF, now=NOW)


def test_a_merge_older_than_30_days_cannot_be_undone(db):
    target, source, _, _ = _pair(db)
    merge = merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )["merge"]
    with pytest.raises(MergeUndoRefused):
        merges.undo_merge(db.uow(), merge["id"], context=STAFF, now=datetime.now(UTC) + timedelta(days=31))
    assert clients.get_client(db.uow(), source["id"])["status"] == "archived"


def test_likely_duplicates_share_a_phone_an_email_or_a_similar_name(db):
    me = db.client(first_name="Jonathan", last_name="Quibbleworth", phone="07700 900417", email="jq@example.org")
    by_phone = db.client(first_name="J", last_name="Other", phone="+44 7700 900417")
    by_email = db.client(first_name="Someone", last_name="Else", email="JQ@example.org")
    by_name = db.client(first_name="Jonathon", last_name="Quibbleworth")
    db.client(first_name="Unrelated", last_name="Person")

    found = duplicates.find_duplicates(db.uow(), me["id"])["items"]

    reasons = {item["client"]["id"]: item["reasons"] for item in found}
    assert reasons[by_phone["id"]] == ["phone"]
    assert reasons[by_email["id"]] == ["email"]
    assert reasons[by_name["id"]] == ["name"]
    assert len(found) == 3


def test_a_booking_for_a_merged_duplicate_lands_on_the_survivor(db):
    target, source, _, visit = _pair(db)
    visits.save_visit(
        db.uow(),
        source["id"],
        load(contracts.VisitInput(), {"starts_at": NOW.isoformat(), "external_id": f"b-{source['id']}"}),
        now=NOW,
    )
    merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )

    again = visits.save_visit(
        db.uow(),
        source["id"],
        load(
            contracts.VisitInput(),
            {"starts_at": NOW.isoformat(), "external_id": f"b-{source['id']}", "status": "confirmed"},
        ),
        now=NOW,
    )
    new = visits.save_visit(db.uow(), source["id"], load(contracts.VisitInput(), {"starts_at": NOW.isoformat()}), now=NOW)

    assert again["created"] is False and again["visit"]["client_id"] == target["id"]
    assert new["visit"]["client_id"] == target["id"]
    assert visits.list_visits(db.uow(), source["id"])["items"] == []
