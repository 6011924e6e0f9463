"""Consent rules, template rendering (sandboxed Jinja2), retry backoff, reminders and signed links."""

from datetime import UTC, datetime, timedelta

import pytest

from clientcard_messaging.domain import callbacks, links, preferences, reminders, retries
from clientcard_messaging.domain.templates import MissingVariables, TemplateBroken, check, render


def test_marketing_is_off_until_the_client_opts_in_and_the_rest_is_on():
    assert not preferences.may_send(None, "email", "marketing")
    assert preferences.may_send(None, "sms", "reminders")
    assert preferences.may_send(preferences.merged(None, {"types": {"marketing": True}}), "email", "marketing")


def test_a_channel_opt_out_stops_every_type_on_it():
    prefs = preferences.merged(None, {"channels": {"sms": False}, "types": {"marketing": True}})

    assert not preferences.may_send(prefs, "sms", "transactional")
    assert preferences.may_send(prefs, "email", "marketing")


def test_a_restricted_client_gets_only_transactional_messages():
    prefs = preferences.merged(None, {"types": {"marketing": True}})

    assert not preferences.may_send(prefs, "email", "marketing", restricted=True)
    assert not preferences.may_send(prefs, "sms", "reminders", restricted=True)
    assert preferences.may_send(prefs, "email", "transactional", restricted=True)


def test_changes_keep_what_they_do_not_name():
    first = preferences.merged(None, {"channels": {"push": False}})

    assert preferences.merged(first, {"types": {"loyalty": False}}) == {
        "channels": {"sms": True, "email": True, "push": False},
        "types": {"reminders": True, "marketing": False, "loyalty": False, "billing": True},
    }


def test_a_template_is_filled_and_names_what_is_missing():
    assert render("Hi {{ name }}, {{ when }}", {"name": "Ann", "when": "today"}) == "Hi Ann, today"
    with pytest.raises(MissingVariables) as missing:
        render("Hi {{ name }}, {{ when }}", {})
    assert missing.value.names == ["name", "when"]


def test_html_templates_escape_variables_and_text_ones_do_not():
    assert render("<p>{{ name }}</p>", {"name": "<b>Ann</b>"}, html=True) == "<p>&lt;b&gt;Ann&lt;/b&gt;</p>"
    assert render("{{ name }}", {"name": "<b>Ann</b>"}) == "<b>Ann</b>"


def test_the_sandbox_refuses_reaching_into_python():
    with pytest.raises((TemplateBroken, MissingVariables)):
        render("{{ name.__class__.__mro__[1].__subclasses__() }}", {"name": "x"})


def test_a_template_that_does_not_parse_is_caught_before_it_is_saved():
    with pytest.raises(TemplateBroken):
        check("Hi {{ name ")


def test_backoff_doubles_is_capped_and_never_sooner_than_retry_after():
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    assert retries.next_attempt(now, 1, base_s=30, cap_s=600, retry_after=None) == now + timedelta(seconds=30)
    assert retries.next_attempt(now, 3, base_s=30, cap_s=600, retry_after=None) == now + timedelta(seconds=120)
    assert retries.next_attempt(now, 9, base_s=30, cap_s=600, retry_after=None) == now + timedelta(seconds=600)
    assert retries.next_attempt(now, 1, base_s=30, cap_s=600, retry_after=300) == now + timedelta(seconds=300)
    assert retries.gives_up(6, 6) and not retries.gives_up(5, 6)


def test_the_reminder_goes_out_the_evening_before_in_the_locations_zone():
    visit = datetime(2026, 7, 2, 9, 0, tzinfo=UTC)  # 10:00 in London (BST)

    assert reminders.remind_at(visit, "Europe/London", 10) == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    assert reminders.remind_at(visit, "Not/AZone", 10) == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)


def test_an_unsubscribe_token_opens_only_with_our_secret_and_unchanged():
    token = links.unsubscribe_token("s3cret", "7d3f2a4e-1b7c-4f4e-9a51-2f3c8c2d1e00", "0b0d7a3e-6a42-4a8d-8d5b-9c1f2e3d4a5b")

    client, _ = links.read_unsubscribe_token("s3cret", token)
    assert str(client) == "7d3f2a4e-1b7c-4f4e-9a51-2f3c8c2d1e00"
    with pytest.raises(links.BadSignature):
        links.read_unsubscribe_token("other", token)
    with pytest.raises(links.BadSignature):
        links.read_unsubscribe_token("s3cret", token.replace("7d3f", "7d3e"))


def test_provider_callbacks_are_read_into_reports_and_replies():
    report = callbacks.read("twilio", "", "MessageSid=SM1&MessageStatus=undelivered&ErrorCode=30003&ErrorMessage=Unreachable")
    reply = callbacks.read("twilio", "", "MessageSid=SM2&From=%2B447700900456&To=%2B447700900000&Body=Yes")

    assert report == callbacks.Report("SM1", "failed", "30003 Unreachable")
    assert reply == callbacks.Inbound("sms", "+447700900456", None, "Yes", None)
    assert callbacks.read("fcm", "", '{"message_id": "p/1", "status": "delivered"}').status == "delivered"
    with pytest.raises(callbacks.UnreadableCallback):
        callbacks.read("twilio", "", "nothing=here")
