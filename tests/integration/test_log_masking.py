"""A client's name, email and phone never reach a log line of any process of the suite."""

import random
import re
import string
import sys
from pathlib import Path
from urllib.parse import unquote_plus

import pytest


def _word() -> str:
    return "".join(random.choices(string.ascii_lowercase, k=7)).capitalize()


@pytest.fixture
def person() -> dict:
    first, last = f"Zephyr{_word().lower()}", f"Quill{_word().lower()}"
    digits = "".join(random.choices(string.digits, k=3))
    return {
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}.{last.lower()}@example.org",
        "national": f"07700900{digits}",
        "e164": f"+447700900{digits}",
        "phone": f"07700 900{digits}",
    }


@pytest.fixture
def appended_logs(suite):
    """What every log file of the suite gains from here on (files are shared with the whole run)."""
    folder = Path(sys.modules[type(suite).__module__].LOGS)
    sizes = {path: path.stat().st_size for path in folder.iterdir() if path.is_file()}

    def read() -> dict[str, str]:
        appended = {}
        for path in folder.iterdir():
            if path.is_file():
                with path.open("rb") as log:
                    log.seek(sizes.get(path, 0))
                    appended[path.name] = log.read().decode(errors="replace")
        return appended

    return read


def _secrets_in(text: str, person: dict) -> list[str]:
    """The person's data in `text`, also URL-encoded (`%40`, `%2B`, `+`) or with spaces and dashes in the number."""
    decoded = unquote_plus(text)
    digits_joined = re.sub(r"[\s().\-]", "", decoded)
    found = [name for name in (person["first_name"], person["last_name"]) if name.lower() in decoded.lower()]
    found += [person["email"]] if person["email"] in decoded else []
    return found + [number for number in (person["national"], person["e164"][1:]) if number in digits_joined]


def test_a_clients_name_email_and_phone_are_masked_in_every_log_line(api, person, appended_logs, wait_until):
    created = api.post(
        "/clients",
        json={
            "first_name": person["first_name"],
            "last_name": person["last_name"],
            "email": person["email"],
            "phone": person["phone"],
        },
    )
    assert created.status_code == 201, created.text
    client_id = created.json()["id"]

    for query in (f"{person['first_name']} {person['last_name']}", person["phone"], person["e164"], person["email"]):
        found = api.get("/clients", params={"q": query})
        assert [c["id"] for c in found.json()["items"]] == [client_id], query
    assert api.get(f"/clients/{client_id}").status_code == 200
    assert api.get(f"/clients/{client_id}/card").status_code == 200
    note_body = f"{person['first_name']} asks to be called on {person['phone']}"
    note = api.post(f"/clients/{client_id}/notes", json={"body": note_body})
    assert note.status_code == 201, note.text
    sms = api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "body": "See you at 10:00"})
    email = api.post(f"/clients/{client_id}/messages", json={"channel": "email", "subject": "Your visit", "body": "See you"})
    assert (sms.status_code, email.status_code) == (201, 201), (sms.text, email.text)
    bad = api.patch(f"/clients/{client_id}", json={"phone": "call me maybe", "email": person["email"]})
    assert bad.status_code == 422, bad.text

    def both_sent():
        statuses = {m["id"]: m["status"] for m in api.get(f"/clients/{client_id}/messages").json()["items"]}
        assert statuses == {sms.json()["id"]: "sent", email.json()["id"]: "sent"}

    wait_until(both_sent)

    def masked_lines_written() -> dict[str, str]:
        # the lines are there, masked: the searches in the access log, the messages in the channel workers' log
        logs = appended_logs()
        assert f"?q=***{person['national'][-2:]} " in logs["gateway.log"]
        assert "?q=z***@***.org " in logs["gateway.log"]
        assert f"sms to ***{person['national'][-2:]}" in logs["messaging_channels.log"]
        assert "email to z***@***.org" in logs["messaging_channels.log"]
        return logs

    logs = wait_until(masked_lines_written)  # written by the last calls, so every earlier line is there too

    leaks = {name: found for name, text in logs.items() if (found := _secrets_in(text, person))}
    assert leaks == {}


def test_a_message_body_naming_the_client_is_masked_in_the_channel_workers_log(api, person, appended_logs, wait_until):
    created = api.post("/clients", json={"first_name": person["first_name"], "phone": person["phone"]})
    assert created.status_code == 201, created.text
    client_id = created.json()["id"]
    body = f"Hi {person['first_name']}, see you at 10:00"
    sms = api.post(f"/clients/{client_id}/messages", json={"channel": "sms", "body": body})
    assert sms.status_code == 201, sms.text

    wait_until(lambda: _assert_sent(api, client_id))

    def sent_line_written() -> str:
        log = appended_logs()["messaging_channels.log"]
        assert f"sms to ***{person['national'][-2:]}" in log  # the worker's line of this send
        return log

    assert _secrets_in(wait_until(sent_line_written), person) == []


def _assert_sent(api, client_id: str) -> None:
    assert [m["status"] for m in api.get(f"/clients/{client_id}/messages").json()["items"]] == ["sent"]
