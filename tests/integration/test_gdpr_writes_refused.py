"""Writes to an erased or merged-away client answer 409 saying why in messaging and files too (messages,
calls, preferences, uploads streamed or direct, photo pairs, consents), change nothing, and leave no object
in storage; an undone merge gives the duplicate its writes back."""

from __future__ import annotations

import base64
import io
import uuid

import pytest
import requests
from PIL import Image

from tests.integration.files_helpers import object_keys, png


def new_client(api) -> str:
    response = api.post(
        "/clients",
        json={
            "first_name": "Wren",
            "last_name": f"Closed {uuid.uuid4().hex[:6]}",
            "email": f"w{uuid.uuid4().hex[:8]}@example.com",
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def signature() -> str:
    drawn = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(drawn, "PNG")
    return base64.b64encode(drawn.getvalue()).decode()


@pytest.fixture
def consent_form(api) -> dict:
    response = api.post(
        "/consent-templates", json={"title": f"Peel consent {uuid.uuid4().hex[:6]}", "body": "Risks", "services": ["Peel"]}
    )
    assert response.status_code == 201, response.text
    return response.json()


def writes(api, client_id: str, form: dict) -> dict:
    """One attempt of every messaging and files write for the client, by name."""
    pair = str(uuid.uuid4())
    return {
        "message": api.post(f"/clients/{client_id}/messages", json={"channel": "email", "subject": "Hi", "body": "Hi"}),
        "call": api.post(
            f"/clients/{client_id}/calls",
            json={"direction": "inbound", "outcome": "answered", "started_at": "2026-11-20T10:00:00+00:00"},
        ),
        "preferences": api.put(f"/clients/{client_id}/notification-preferences", json={"channels": {"sms": False}}),
        "upload": api.post(f"/clients/{client_id}/files", files={"file": ("a.png", png(), "image/png")}, data={"kind": "photo"}),
        "photo pair": api.post(
            f"/clients/{client_id}/files",
            files={"file": ("b.png", png(), "image/png")},
            data={"kind": "photo", "pair_id": pair, "stage": "before"},
        ),
        "direct upload": api.post(f"/clients/{client_id}/uploads", json={"kind": "photo", "filename": "c.png"}),
        "consent": api.post(
            f"/clients/{client_id}/consents",
            json={"template_id": form["id"], "signer_name": "Wren", "signature_base64": signature()},
        ),
    }


def assert_all_refused(answers: dict, why: str) -> None:
    assert {name: answer.status_code for name, answer in answers.items()} == dict.fromkeys(answers, 409), {
        name: answer.text[:200] for name, answer in answers.items() if answer.status_code != 409
    }
    for name, answer in answers.items():
        assert answer.headers["Content-Type"].startswith("application/problem+json"), name
        assert why in answer.json()["detail"], (name, answer.json())


def start_direct_upload(api, client_id: str) -> str:
    """A direct upload whose bytes are in storage, not yet completed; its id."""
    started = api.post(f"/clients/{client_id}/uploads", json={"kind": "photo", "filename": "late.png"})
    assert started.status_code == 201, started.text
    posted = requests.post(started.json()["url"], data=started.json()["fields"], files={"file": ("late.png", png())}, timeout=30)
    assert posted.status_code in (200, 201, 204), posted.text
    return started.json()["id"]


def test_an_erased_client_takes_no_messages_calls_preferences_files_or_consents(api, consent_form, wait_until, suite):
    client_id = new_client(api)
    unfinished = start_direct_upload(api, client_id)
    signed = api.post(
        f"/clients/{client_id}/consents",
        json={"template_id": consent_form["id"], "signer_name": "Wren", "signature_base64": signature()},
    )
    assert signed.status_code == 201, signed.text
    erasure = api.post(f"/clients/{client_id}/erase", json={"reason": "The client asked (art. 17)"}).json()

    def completed():
        assert api.get(f"/erasures/{erasure['id']}").json()["status"] == "completed"

    wait_until(completed, timeout=30)

    sealed_pdf = [f"clients/{client_id}/consents/{signed.json()['id']}.pdf"]  # a health record, kept sealed
    assert object_keys(suite, client_id) == sealed_pdf  # the unfinished upload's bytes went with the rest
    assert_all_refused(writes(api, client_id, consent_form), "erased")
    assert api.post(f"/uploads/{unfinished}/complete").status_code == 404
    assert object_keys(suite, client_id) == sealed_pdf
    assert api.get(f"/clients/{client_id}/messages").json()["items"] == []
    assert api.get(f"/clients/{client_id}/calls").json()["items"] == []
    withdrawn = api.post(f"/consents/{signed.json()['id']}/withdraw", json={"reason": "x"})
    assert withdrawn.status_code == 409 and "erased" in withdrawn.json()["detail"]  # sealed, not edited
    assert api.get(f"/clients/{client_id}/consents").json()["items"][0]["withdrawn_at"] is None
    assert api.get(f"/clients/{client_id}/timeline?kind=consent,file").json()["items"] == []  # sealed: export only


def test_a_merged_away_client_takes_none_until_the_merge_is_undone(api, consent_form, wait_until, suite):
    survivor, duplicate = new_client(api), new_client(api)
    unfinished = start_direct_upload(api, duplicate)
    merge = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate})
    assert merge.status_code in (200, 201), merge.text

    def closed_in_messaging_and_files():
        for path, body in (
            (
                f"/clients/{duplicate}/calls",
                {"direction": "outbound", "outcome": "missed", "started_at": "2026-11-20T10:00:00+00:00"},
            ),
            (f"/clients/{duplicate}/uploads", {"kind": "photo", "filename": "x.png"}),
        ):
            assert api.post(path, json=body).status_code == 409

    wait_until(closed_in_messaging_and_files, timeout=20)
    assert_all_refused(writes(api, duplicate, consent_form), survivor)
    late = api.post(f"/uploads/{unfinished}/complete")  # started before the merge, completed after it
    assert late.status_code == 409 and survivor in late.json()["detail"], late.text
    assert object_keys(suite, duplicate) == []
    assert api.get(f"/clients/{survivor}/files").json()["items"] == []
    assert api.post(f"/clients/{survivor}/messages", json={"channel": "email", "subject": "Hi", "body": "Hi"}).status_code == 201

    undone = api.post(f"/merges/{merge.json()['merge']['id']}/undo")
    assert undone.status_code == 200, undone.text

    def reopened():
        answer = api.post(
            f"/clients/{duplicate}/calls",
            json={"direction": "outbound", "outcome": "missed", "started_at": "2026-11-20T11:00:00+00:00"},
        )
        assert answer.status_code == 201, answer.text

    wait_until(reopened, timeout=20)
    stored = api.post(f"/clients/{duplicate}/files", files={"file": ("a.png", png(), "image/png")}, data={"kind": "photo"})
    assert stored.status_code == 201, stored.text
