"""Pure rules of the client record: custom field values, change diffs, search terms, link mirrors."""

from datetime import date
from decimal import Decimal

import pytest

from clientcard_profile.domain.changes import changed_fields, diff
from clientcard_profile.domain.custom_fields import FieldSpec, check_values, definition_errors, key_from_label
from clientcard_profile.domain.relations import inverse
from clientcard_profile.domain.search_query import classify, escape_like

SPECS = {
    "size": FieldSpec("size", "number"),
    "colour": FieldSpec("colour", "select", options=("red", "blue")),
    "consent": FieldSpec("consent", "boolean", required=True),
}


def _check(values, current=None, creating=False):
    return check_values(SPECS, values, current=current, creating=creating, normalise_phone=lambda raw: raw)


def test_values_of_the_right_type_are_merged_into_the_current_ones():
    merged, errors = _check({"size": 3, "colour": "red"}, current={"consent": True, "size": 1})

    assert errors == {}
    assert merged == {"consent": True, "size": 3, "colour": "red"}


def test_a_null_value_removes_the_field():
    merged, errors = _check({"size": None}, current={"size": 1, "consent": True})

    assert (merged, errors) == ({"consent": True}, {})


@pytest.mark.parametrize("value", [True, "3", [3]])
def test_a_number_field_refuses_booleans_strings_and_lists(value):
    _, errors = _check({"size": value}, current={"consent": True})

    assert list(errors) == ["custom_fields.size"]


def test_unknown_keys_and_options_outside_the_list_are_named():
    _, errors = _check({"shoe": 1, "colour": "green"}, current={"consent": True})

    assert set(errors) == {"custom_fields.shoe", "custom_fields.colour"}


def test_a_required_field_is_needed_on_create_and_cannot_be_removed():
    assert _check({}, creating=True)[1] == {"custom_fields.consent": ["required"]}
    assert _check({"consent": None}, current={"consent": True})[1] == {"custom_fields.consent": ["required"]}
    assert _check({"size": 1}, current={})[1] == {}  # an old client without it can still be edited


def test_definitions_are_checked_and_keys_come_from_labels():
    assert key_from_label("Favourite colour!") == "favourite_colour"
    assert key_from_label("2nd phone") == "field_2nd_phone"
    assert definition_errors("ok", "select", []) == {"options": ["a select field needs at least one option"]}
    assert set(definition_errors("Bad Key", "text", ["x"])) == {"key", "options"}


def test_a_diff_names_changed_fields_and_custom_field_keys_with_json_values():
    before = {"first_name": "Ann", "date_of_birth": None, "discount_percent": Decimal("0"), "custom_fields": {"a": 1}}
    after = {
        "first_name": "Ann",
        "date_of_birth": date(1990, 1, 2),
        "discount_percent": Decimal("0"),
        "custom_fields": {"a": 2, "b": True},
    }

    changes = diff(before, after)

    assert changes == {"date_of_birth": (None, "1990-01-02"), "custom_fields.a": (1, 2), "custom_fields.b": (None, True)}
    assert changed_fields(changes) == ["custom_fields", "date_of_birth"]


@pytest.mark.parametrize(
    ("query", "kind", "digits"),
    [
        ("07700 900123", "phone", "7700900123"),
        ("+44 7700 900123", "phone", "447700900123"),
        ("ann@example.com", "email", ""),
        ("Zoë  Kowal", "name", ""),
        ("CC-12A", "name", ""),
    ],
)
def test_a_query_is_classified_as_phone_email_or_name(query, kind, digits):
    terms = classify(query)

    assert (terms.kind, terms.digits) == (kind, digits)


def test_like_wildcards_are_escaped():
    assert escape_like("50%_off\\") == "50\\%\\_off\\\\"


def test_relations_mirror_each_other():
    assert [inverse(r) for r in ("parent", "child", "partner", "guardian")] == ["child", "parent", "partner", "ward"]


def test_a_retired_field_refuses_new_values_keeps_stored_ones_and_is_never_required():
    specs = {"old": FieldSpec("old", "text", required=True, active=False)}
    merged, errors = check_values(specs, {"old": "new"}, current={"old": "kept"}, creating=False, normalise_phone=lambda raw: raw)
    assert merged == {"old": "kept"} and list(errors) == ["custom_fields.old"]
    assert check_values(specs, {}, creating=True, normalise_phone=lambda raw: raw) == ({}, {})
    assert check_values(specs, {"old": None}, current={"old": "kept"}, creating=False, normalise_phone=lambda raw: raw) == (
        {},
        {},
    )
