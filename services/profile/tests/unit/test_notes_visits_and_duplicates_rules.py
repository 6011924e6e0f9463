"""Pure rules of notes, visits, duplicates and list cursors."""

import uuid
from datetime import datetime

import pytest

from clientcard_kit import cursors
from clientcard_profile.domain.duplicates import Person, match_reasons
from clientcard_profile.domain.notes import needs_clinical_scope, shows_as_alert
from clientcard_profile.domain.visits import event_for


def test_a_new_visit_is_booked_and_a_cancelled_one_announces_its_cancellation():
    assert event_for(created=True, old_status=None, new_status="booked", changed=["starts_at"]) == "visit_booked"
    assert event_for(created=False, old_status="booked", new_status="cancelled", changed=["status"]) == "visit_cancelled"
    assert event_for(created=False, old_status="booked", new_status="completed", changed=["status"]) == "visit_updated"


def test_an_unchanged_visit_announces_nothing():
    assert event_for(created=False, old_status="booked", new_status="booked", changed=[]) is None
    assert event_for(created=False, old_status="cancelled", new_status="cancelled", changed=[]) is None


def test_pinned_and_alert_notes_show_as_alerts_and_clinical_ones_only_when_pinned():
    assert shows_as_alert("alert", False)
    assert shows_as_alert("general", True)
    assert not shows_as_alert("general", False)
    assert shows_as_alert("clinical", True)  # who may see it is the caller's scope, checked by the use case
    assert not shows_as_alert("clinical", False)


def test_clinical_notes_need_the_clinical_scope():
    assert needs_clinical_scope("general", "clinical")
    assert not needs_clinical_scope("general", None)


def test_a_cursor_round_trips_and_a_forged_one_is_refused():
    cursor = cursors.encode([True, "2026-01-01T10:00:00+00:00", "abc"])
    assert cursors.decode(cursor, bool, str, str) == (True, "2026-01-01T10:00:00+00:00", "abc")
    assert cursors.decode(None, bool, str, str) is None
    with pytest.raises(cursors.BadCursor):
        cursors.decode("not a cursor!", bool, str, str)
    with pytest.raises(cursors.BadCursor):
        cursors.decode(cursor, bool, str)
    with pytest.raises(cursors.BadCursor):  # well-formed, but not values of this list
        cursors.decode(cursors.encode(["x", "y"]), datetime.fromisoformat, uuid.UUID)


def _person(first, last, email=None, phones=()):
    return Person(first, last, email, frozenset(phones))


def test_the_same_phone_or_email_makes_a_likely_duplicate():
    me = _person("Ann", "Lee", "ann@example.com", ["+447700900123"])
    assert match_reasons(me, _person("Someone", "Else", None, ["+447700900123"]))[0] == ["phone"]
    assert match_reasons(me, _person("Other", "Person", "ANN@example.com"))[0] == ["email"]


def test_a_similar_name_is_a_likely_duplicate_and_a_different_one_is_not():
    me = _person("Jonathan", "Smith")
    assert match_reasons(me, _person("Jonathon", "Smith"))[0] == ["name"]
    assert match_reasons(me, _person("Zoë", "Brown"))[0] == []
    assert match_reasons(_person("Zoë", "Brown"), _person("zoe", "brown"))[0] == ["name"]
