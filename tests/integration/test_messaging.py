"""Messages through the gateway: sent by the channel workers, suppressed by opt-outs, from templates."""

import uuid

import pytest


@pytest.fixture
def reachable_client(api):
    response = api.post(
        "/clients", json={"first_name": "Mia", "phone": "07700 900456", "email": f"mia-{uuid.uuid4().hex[:6]}@example.com"}
    )
    assert response.status_code == 201
    return response.json()["id"]


def test_an_sms_is_queued_then_sent_and_shows_in_history_and_on_the_card(api, reachable_client, wait_until):
    response = api.post(f"/clients/{reachable_client}/messages", json={"channel": "sms", "body": "See you at 10:00"})

    assert response.status_code == 201, response.text
    message = response.json()
    assert message["status"] == "queued"

    def sent():
        items = api.get(f"/clients/{reachable_client}/messages").json()["items"]
        assert [(m["id"], m["status"]) for m in items] == [(message["id"], "sent")]

    wait_until(sent)
    card = api.get(f"/clients/{reachable_client}/card").json()
    assert card["messages"]["recent"][0]["id"] == message["id"]


def test_an_opted_out_channel_gives_suppressed_and_other_channels_still_send(api, reachable_client):
    put = api.put(f"/clients/{reachable_client}/notification-preferences", json={"channels": {"sms": False}})
    assert put.status_code == 200
    assert put.json()["channels"] == {"sms": False, "email": True, "push": True}

    sms = api.post(f"/clients/{reachable_client}/messages", json={"channel": "sms", "body": "Hi"}).json()
    email = api.post(f"/clients/{reachable_client}/messages", json={"channel": "email", "subject": "Hi", "body": "Hi"}).json()

    assert sms["status"] == "suppressed"
    assert email["status"] == "queued"


def test_a_marketing_opt_out_suppresses_marketing_but_not_transactional_messages(api, reachable_client):
    api.put(f"/clients/{reachable_client}/notification-preferences", json={"types": {"marketing": False}})

    marketing = api.post(
        f"/clients/{reachable_client}/messages", json={"channel": "email", "notification_type": "marketing", "body": "Sale!"}
    )
    receipt = api.post(f"/clients/{reachable_client}/messages", json={"channel": "email", "body": "Your receipt"})

    assert marketing.json()["status"] == "suppressed"
    assert receipt.json()["status"] == "queued"


def test_a_template_is_filled_from_variables_and_a_missing_one_is_a_422(api, reachable_client):
    name = f"reminder-{uuid.uuid4().hex[:8]}"
    created = api.post(
        "/message-templates",
        json={
            "name": name,
            "channel": "sms",
            "notification_type": "reminders",
            "body": "Hi {{ first_name }}, see you {{ when }}",
        },
    )
    assert created.status_code == 201, created.text

    sent = api.post(
        f"/clients/{reachable_client}/messages",
        json={"channel": "sms", "template": name, "variables": {"first_name": "Mia", "when": "tomorrow"}},
    )
    missing = api.post(f"/clients/{reachable_client}/messages", json={"channel": "sms", "template": name, "variables": {}})

    assert sent.json()["body"] == "Hi Mia, see you tomorrow"
    assert sent.json()["notification_type"] == "reminders"
    assert missing.status_code == 422
    assert "variables" in missing.json()["errors"]
    assert api.post("/message-templates", json={"name": name, "channel": "sms", "body": "x"}).status_code == 409


def test_an_email_to_a_client_without_an_email_address_fails_with_a_reason(api, client_id, wait_until):
    message = api.post(f"/clients/{client_id}/messages", json={"channel": "email", "body": "Hello"}).json()

    def failed():
        items = api.get(f"/clients/{client_id}/messages").json()["items"]
        assert items[0]["id"] == message["id"]
        assert items[0]["status"] == "failed"
        assert "email" in items[0]["error"]

    wait_until(failed)


def test_bad_messages_are_4xx_and_record_nothing(api, client_id):
    assert api.post(f"/clients/{client_id}/messages", json={"channel": "fax", "body": "x"}).status_code == 422
    assert api.post(f"/clients/{client_id}/messages", json={"channel": "sms"}).status_code == 422
    assert api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "template": "nope"}).status_code == 422
    assert api.post(f"/clients/{uuid.uuid4()}/messages", json={"channel": "sms", "body": "x"}).status_code == 404
    assert api.get(f"/clients/{client_id}/messages").json()["items"] == []
