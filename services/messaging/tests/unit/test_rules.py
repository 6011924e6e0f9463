"""Opt-out rules and template rendering."""

import pytest

from clientcard_messaging.domain import preferences
from clientcard_messaging.domain.templates import MissingVariables, render


def test_everything_is_allowed_until_the_client_opts_out():
    assert preferences.may_send(None, "sms", "marketing")


def test_a_channel_opt_out_stops_every_type_on_it():
    prefs = preferences.merged(None, {"channels": {"sms": False}})

    assert not preferences.may_send(prefs, "sms", "transactional")
    assert preferences.may_send(prefs, "email", "marketing")


def test_a_type_opt_out_spares_transactional_messages():
    prefs = preferences.merged(None, {"types": {"marketing": False}})

    assert not preferences.may_send(prefs, "email", "marketing")
    assert preferences.may_send(prefs, "email", "transactional")


def test_changes_keep_what_they_do_not_name():
    first = preferences.merged(None, {"channels": {"push": False}})

    assert preferences.merged(first, {"types": {"loyalty": False}}) == {
        "channels": {"sms": True, "email": True, "push": False},
        "types": {"reminders": True, "marketing": True, "loyalty": False, "billing": True},
    }


def test_a_template_is_filled_and_names_what_is_missing():
    assert render("Hi {name}, {when}", {"name": "Ann", "when": "today"}) == "Hi Ann, today"
    with pytest.raises(MissingVariables) as missing:
        render("Hi {name}, {when}", {})
    assert missing.value.names == ["name", "when"]


def test_placeholders_cannot_reach_attributes():
    assert render("{name.__class__}", {"name": "x"}) == "{name.__class__}"
