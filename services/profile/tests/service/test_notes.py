"""Notes on a client: pinned first, signed by the caller, clinical ones behind a scope, alerts acknowledged."""

from datetime import UTC, datetime

import pytest

from clientcard_kit import cursors
from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput
from clientcard_profile import contracts
from clientcard_profile.exceptions import ClinicalNoteForbidden, NoteInvalid, NoteNotFound
from clientcard_profile.use_cases import card, notes

from .history_support import STAFF

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def test_pinned_notes_come_first_then_the_newest_signed_by_the_caller(db):
    client = db.client()
    first = notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "first"}), context=STAFF)
    pinned = notes.add_note(
        db.uow(), client["id"], load(contracts.NoteInput(), {"body": "pinned", "pinned": True}), context=STAFF
    )
    latest = notes.add_note(
        db.uow(), client["id"], load(contracts.NoteInput(), {"body": "latest", "kind": "treatment"}), context=STAFF
    )

    listed = notes.list_notes(db.uow(), client["id"])

    assert [n["id"] for n in listed["items"]] == [pinned["id"], latest["id"], first["id"]]
    assert listed["items"][0]["author"] == {"id": "key-1", "name": "Front desk"}
    assert listed["next_cursor"] is None


def test_a_long_list_pages_with_a_cursor_without_repeats(db):
    client = db.client()
    for i in range(5):
        notes.add_note(
            db.uow(), client["id"], load(contracts.NoteInput(), {"body": f"note {i}", "pinned": i == 3}), context=STAFF
        )

    page1 = notes.list_notes(db.uow(), client["id"], limit=2)
    page2 = notes.list_notes(db.uow(), client["id"], limit=2, cursor=page1["next_cursor"])
    page3 = notes.list_notes(db.uow(), client["id"], limit=2, cursor=page2["next_cursor"])

    bodies = [n["body"] for page in (page1, page2, page3) for n in page["items"]]
    assert bodies == ["note 3", "note 4", "note 2", "note 1", "note 0"]
    assert page3["next_cursor"] is None


def test_clinical_notes_are_hidden_and_refused_without_the_scope(db):
    client = db.client()
    notes.add_note(
        db.uow(),
        client["id"],
        load(contracts.NoteInput(), {"body": "diagnosis", "kind": "clinical"}),
        context=STAFF,
        clinical_allowed=True,
    )
    notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "likes tea"}), context=STAFF)

    with pytest.raises(ClinicalNoteForbidden):
        notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "secret", "kind": "clinical"}), context=STAFF)

    assert [n["body"] for n in notes.list_notes(db.uow(), client["id"])["items"]] == ["likes tea"]
    with_scope = notes.list_notes(db.uow(), client["id"], include_clinical=True)["items"]
    assert {n["body"] for n in with_scope} == {"diagnosis", "likes tea"}


def test_a_clinical_note_cannot_be_changed_or_deleted_without_the_scope(db):
    client = db.client()
    note = notes.add_note(
        db.uow(),
        client["id"],
        load(contracts.NoteInput(), {"body": "x", "kind": "clinical"}),
        context=STAFF,
        clinical_allowed=True,
    )
    plain = notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "y"}), context=STAFF)

    with pytest.raises(ClinicalNoteForbidden):
        notes.update_note(db.uow(), note["id"], load(contracts.NoteUpdate(), {"body": "changed"}))
    with pytest.raises(ClinicalNoteForbidden):
        notes.delete_note(db.uow(), note["id"], now=NOW)
    with pytest.raises(ClinicalNoteForbidden):
        notes.update_note(db.uow(), plain["id"], load(contracts.NoteUpdate(), {"kind": "clinical"}))
    assert notes.list_notes(db.uow(), client["id"], include_clinical=True, kind="clinical")["items"][0]["body"] == "x"


def test_an_alert_shows_on_the_card_flagged_until_a_staff_member_acknowledges_it(db):
    client = db.client()
    alert = notes.add_note(
        db.uow(), client["id"], load(contracts.NoteInput(), {"body": "Allergic to latex", "kind": "alert"}), context=STAFF
    )
    notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "plain"}), context=STAFF)

    before = card.card_section(db.uow(), client["id"], now=NOW)["alerts"]
    acknowledged = notes.acknowledge_note(db.uow(), alert["id"], context=STAFF, now=NOW, staff_name="Maria")
    again = notes.acknowledge_note(db.uow(), alert["id"], context=STAFF, now=datetime(2027, 1, 1, tzinfo=UTC))
    after = card.card_section(db.uow(), client["id"], now=NOW)["alerts"]

    assert [(a["body"], a["unacknowledged"]) for a in before] == [("Allergic to latex", True)]
    assert acknowledged["acknowledged_by"] == {"id": "key-1", "name": "Maria"}
    assert acknowledged["acknowledged_at"] == NOW.isoformat()
    assert again["acknowledged_at"] == NOW.isoformat()  # the first acknowledgement stands
    assert after[0]["unacknowledged"] is False


def test_a_plain_note_cannot_be_acknowledged(db):
    client = db.client()
    note = notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "plain"}), context=STAFF)
    with pytest.raises(NoteInvalid):
        notes.acknowledge_note(db.uow(), note["id"], context=STAFF, now=NOW)


def test_a_deleted_note_leaves_the_list_and_cannot_be_found(db):
    client = db.client()
    note = notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), {"body": "oops", "pinned": True}), context=STAFF)
    notes.delete_note(db.uow(), note["id"], now=NOW)

    assert notes.list_notes(db.uow(), client["id"])["items"] == []
    assert card.card_section(db.uow(), client["id"], now=NOW)["alerts"] == []
    with pytest.raises(NoteNotFound):
        notes.update_note(db.uow(), note["id"], load(contracts.NoteUpdate(), {"body": "again"}))


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "x", "kind": "secret"}, ["not", "an", "object"]])
def test_bad_note_input_is_refused_and_nothing_is_stored(db, payload):
    client = db.client()
    with pytest.raises(InvalidInput):
        notes.add_note(db.uow(), client["id"], load(contracts.NoteInput(), payload), context=STAFF)
    assert notes.list_notes(db.uow(), client["id"])["items"] == []


def test_a_forged_cursor_is_refused(db):
    client = db.client()
    with pytest.raises(cursors.BadCursor):
        notes.list_notes(db.uow(), client["id"], cursor="bogus")
