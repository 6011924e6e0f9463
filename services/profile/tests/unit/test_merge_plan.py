"""How two records become one: the survivor's values unless empty or chosen otherwise."""

import pytest

from clientcard_profile.domain.merge_plan import UnknownMergeField, changes, link_moves, plan

TARGET = {
    "first_name": "Ann",
    "last_name": "Lee",
    "email": None,
    "phone": "+447700900123",
    "tags": ["vip"],
    "categories": [],
    "custom_fields": {"allergy": "nuts", "colour": ""},
}
SOURCE = {
    "first_name": "Anne",
    "last_name": "Lee",
    "email": "ann@example.com",
    "phone": "+447700900999",
    "tags": ["vip", "new"],
    "categories": ["hair"],
    "custom_fields": {"colour": "red", "allergy": "latex"},
}


def test_the_survivor_keeps_its_values_and_fills_empty_ones_from_the_duplicate():
    outcome = plan(TARGET, SOURCE, {})
    assert outcome["first_name"].result == "Ann"
    assert outcome["email"].result == "ann@example.com" and outcome["email"].kept == "source"
    assert outcome["phone"].result == "+447700900123"
    assert outcome["tags"].result == ["vip", "new"]
    assert outcome["custom_fields"].result == {"allergy": "nuts", "colour": "red"}


def test_keep_source_takes_the_duplicates_value_field_by_field():
    outcome = plan(TARGET, SOURCE, {"phone": "source", "email": "target"})
    assert outcome["phone"].result == "+447700900999"
    assert outcome["email"].result is None
    assert set(changes(outcome)) == {"phone", "tags", "categories", "custom_fields"}


def test_an_unknown_field_or_choice_is_refused():
    with pytest.raises(UnknownMergeField):
        plan(TARGET, SOURCE, {"id": "source"})
    with pytest.raises(UnknownMergeField):
        plan(TARGET, SOURCE, {"phone": "both"})


def test_link_moves_drop_self_links_and_links_the_survivor_already_has():
    moving, dropped = link_moves(
        "survivor", "duplicate", {"kid": "child", "partner": "partner", "survivor": "sibling"}, {"partner": "other"}
    )
    assert moving == {"kid": "child"}
    assert dropped == {"partner": "partner", "survivor": "sibling"}
