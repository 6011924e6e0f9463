"""Changing a custom field definition: label, options, required; never key or type; retiring keeps old values."""

import uuid

import pytest

from clientcard_profile import decoding
from clientcard_profile.exceptions import ClientInvalid, CustomFieldInvalid, CustomFieldNotFound
from clientcard_profile.use_cases import clients, custom_fields

from .history_support import STAFF


def _select(db, *options) -> dict:
    key = f"colour_{uuid.uuid4().hex[:8]}"
    return custom_fields.define_custom_field(
        db.uow(), decoding.new_custom_field({"label": "Colour", "key": key, "type": "select", "options": list(options)})
    )


def test_label_options_and_required_change_and_old_values_stay(db):
    field = _select(db, "red", "blue")
    client = db.client(custom_fields={field["key"]: "blue"})

    changed = custom_fields.update_custom_field(
        db.uow(), field["key"], decoding.custom_field_changes({"label": "Hair colour", "options": ["red", "green"]})
    )

    assert (changed["label"], changed["options"], changed["type"]) == ("Hair colour", ["red", "green"], "select")
    assert clients.get_client(db.uow(), client["id"])["custom_fields"][field["key"]] == "blue"
    with pytest.raises(ClientInvalid):  # new writes follow the new options
        clients.update_client(db.uow(), client["id"], {"custom_fields": {field["key"]: "blue"}}, region="GB")
    assert (
        clients.update_client(db.uow(), client["id"], {"custom_fields": {field["key"]: "green"}}, region="GB")["custom_fields"][
            field["key"]
        ]
        == "green"
    )
    listed = {item["key"]: item for item in custom_fields.list_custom_fields(db.uow())}
    assert listed[field["key"]]["label"] == "Hair colour"


@pytest.mark.parametrize(
    "payload",
    [{"type": "text"}, {"key": "other"}, {"options": []}, {"options": ["a", "a"]}, {"label": ""}, {"required": "often"}],
)
def test_a_type_or_key_change_or_bad_options_are_refused_and_change_nothing(db, payload):
    field = _select(db, "red")
    with pytest.raises(CustomFieldInvalid):
        custom_fields.update_custom_field(db.uow(), field["key"], decoding.custom_field_changes(payload))
    listed = {item["key"]: item for item in custom_fields.list_custom_fields(db.uow())}
    assert listed[field["key"]] == field


def test_changing_an_unknown_field_is_not_found(db):
    with pytest.raises(CustomFieldNotFound):
        custom_fields.update_custom_field(db.uow(), "no_such_field_here", decoding.custom_field_changes({"label": "x"}))


def test_a_retired_field_takes_no_new_values_but_old_ones_stay_readable_and_removable(db):
    field = _select(db, "red", "blue")
    holder = db.client(custom_fields={field["key"]: "red"})

    # required and retired in one change: a required active field would break other tests' clients
    retired = custom_fields.update_custom_field(
        db.uow(), field["key"], decoding.custom_field_changes({"active": False, "required": True})
    )

    assert retired["active"] is False
    assert clients.get_client(db.uow(), holder["id"])["custom_fields"][field["key"]] == "red"
    with pytest.raises(ClientInvalid) as raised:
        db.client(custom_fields={field["key"]: "blue"})
    assert f"custom_fields.{field['key']}" in raised.value.errors
    with pytest.raises(ClientInvalid):
        clients.update_client(db.uow(), holder["id"], {"custom_fields": {field["key"]: "blue"}}, region="GB")
    assert field["key"] not in db.client()["custom_fields"]  # a retired required field is no longer required
    cleared = clients.update_client(db.uow(), holder["id"], {"custom_fields": {field["key"]: None}}, region="GB", context=STAFF)
    assert field["key"] not in cleared["custom_fields"]
    custom_fields.update_custom_field(db.uow(), field["key"], decoding.custom_field_changes({"active": True, "required": False}))
    assert db.client(custom_fields={field["key"]: "blue"})["custom_fields"][field["key"]] == "blue"
