"""The call log beside messages (not in `messages`); consent that is opt-in and logged;
templates that are checked when saved and previewed; restricted clients get no marketing."""

import uuid
from datetime import UTC, datetime, timedelta


def test_a_logged_call_shows_in_the_call_log_and_beside_messages_but_not_among_them(api, client_id):
    started = (datetime.now(UTC) - timedelta(minutes=10)).replace(microsecond=0)
    logged = api.post(
        f"/clients/{client_id}/calls",
        json={
            "direction": "inbound",
            "number": "+447700900123",
            "staff": "Sam",
            "started_at": started.isoformat(),
            "duration_s": 125,
            "outcome": "answered",
            "notes": "Wants to move Friday",
        },
    )
    assert logged.status_code == 201, logged.text

    [call] = api.get(f"/clients/{client_id}/calls").json()["items"]
    assert (call["id"], call["staff"], call["duration_s"], call["outcome"]) == (logged.json()["id"], "Sam", 125, "answered")
    assert datetime.fromisoformat(call["started_at"]) == started
    assert api.get(f"/clients/{client_id}/messages").json()["items"] == []


def test_bad_calls_are_422_and_a_recording_must_be_a_file_of_the_client(api, client_id):
    base = {"direction": "outbound", "started_at": datetime.now(UTC).isoformat(), "outcome": "missed"}

    assert api.post(f"/clients/{client_id}/calls", json={**base, "direction": "sideways"}).status_code == 422
    assert api.post(f"/clients/{client_id}/calls", json={**base, "started_at": "2026-01-01T10:00:00"}).status_code == 422
    stranger = api.post(f"/clients/{client_id}/calls", json={**base, "recording_file_id": str(uuid.uuid4())})
    assert stranger.status_code == 422 and "recording_file_id" in stranger.json()["errors"]
    assert api.post(f"/clients/{uuid.uuid4()}/calls", json=base).status_code == 404


def test_marketing_is_off_until_the_client_opts_in_and_every_change_is_logged(api, client_id):
    assert api.get(f"/clients/{client_id}/notification-preferences").json()["types"]["marketing"] is False
    before = api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "notification_type": "marketing", "body": "Sale"})
    assert before.json()["status"] == "suppressed"

    api.put(
        f"/clients/{client_id}/notification-preferences",
        json={"types": {"marketing": True}, "source": "online_booking", "wording": "Tick to get offers by SMS"},
    )
    after = api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "notification_type": "marketing", "body": "Sale"})

    assert after.json()["status"] == "queued"
    [change] = api.get(f"/clients/{client_id}/notification-preferences/changes").json()["items"]
    assert (change["source"], change["wording"], change["types"]["marketing"]) == (
        "online_booking",
        "Tick to get offers by SMS",
        True,
    )
    assert change["actor"] and change["at"]


def test_a_template_error_is_a_422_when_saved_and_a_preview_escapes_html(api):
    name = f"offer-{uuid.uuid4().hex[:8]}"
    broken = api.post("/message-templates", json={"name": name, "channel": "email", "body": "Hi {{ first_name"})
    assert broken.status_code == 422 and "body" in broken.json()["errors"]

    saved = api.post(
        "/message-templates",
        json={
            "name": name,
            "channel": "email",
            "subject": "For {{ first_name }}",
            "body": "Hi {{ first_name }}",
            "html": "<p>Hi {{ first_name }}</p>",
        },
    )
    assert saved.status_code == 201, saved.text
    preview = api.post("/message-templates/preview", json={"name": name, "variables": {"first_name": "<Mia>"}})

    assert preview.status_code == 200, preview.text
    assert preview.json() == {"subject": "For <Mia>", "body": "Hi <Mia>", "html": "<p>Hi &lt;Mia&gt;</p>"}
    missing = api.post("/message-templates/preview", json={"name": name, "variables": {}})
    assert missing.status_code == 422 and "variables" in missing.json()["errors"]
