"""Campaigns through the gateway: a segment resolved by profile, only opted-in and unrestricted clients get it,
the channel workers send it, counts add up; it can be cancelled; a bad channel or an empty segment is a 422."""

import uuid

import pytest

from tests.integration.conftest import Api


@pytest.fixture
def segment(api):
    """Four clients tagged alike: two opted in to email marketing, one silent, one with no email."""
    tag = f"camp-{uuid.uuid4().hex[:8]}"
    ids = {}
    for name, email in (("In1", True), ("In2", True), ("Silent", True), ("NoEmail", False)):
        body = {"first_name": name, "tags": [tag]}
        if email:
            body["email"] = f"{name.lower()}-{tag}@example.com"
        response = api.post("/clients", json=body)
        assert response.status_code == 201, response.text
        ids[name] = response.json()["id"]
    for name in ("In1", "In2", "NoEmail"):
        api.put(f"/clients/{ids[name]}/notification-preferences", json={"types": {"marketing": True}})
    return tag, ids


def test_a_campaign_reaches_only_opted_in_clients_and_its_counts_follow_the_sending(api, segment, wait_until):
    tag, ids = segment
    created = api.post(
        "/campaigns",
        json={"name": "Autumn", "channel": "email", "segment": {"tags": [tag]}, "subject": "Offers", "body": "20% off this week"},
    )
    assert created.status_code == 201, created.text
    campaign = created.json()
    assert campaign["recipients"] == 4
    assert campaign["counts"]["suppressed"] == 2  # the silent one, and the one without an email

    def sent():
        counts = api.get(f"/campaigns/{campaign['id']}").json()["counts"]
        assert counts == {"queued": 0, "sent": 2, "delivered": 0, "suppressed": 2, "failed": 0}

    wait_until(sent, timeout=30)
    assert api.get(f"/campaigns/{campaign['id']}").json()["status"] == "sent"
    history = api.get(f"/clients/{ids['In1']}/messages").json()["items"]
    assert [(m["campaign_id"], m["notification_type"], m["status"]) for m in history] == [(campaign["id"], "marketing", "sent")]
    assert api.get(f"/clients/{ids['Silent']}/messages").json()["items"][0]["status"] == "suppressed"


def test_a_cancelled_campaign_sends_nothing_more_and_says_so(api, segment):
    tag, _ = segment
    campaign = api.post(
        "/campaigns", json={"name": "Oops", "channel": "email", "segment": {"tags": [tag]}, "body": "Wrong one"}
    ).json()

    cancelled = api.post(f"/campaigns/{campaign['id']}/cancel")

    assert cancelled.status_code == 200, cancelled.text
    body = cancelled.json()
    assert body["status"] == "cancelled" and body["counts"]["queued"] == 0
    assert body["counts"]["sent"] + body["counts"]["failed"] == 2


def test_a_bad_channel_an_empty_segment_and_an_unknown_campaign_are_4xx(api):
    bad = api.post("/campaigns", json={"name": "x", "channel": "fax", "segment": {"tags": ["a"]}, "body": "x"})
    empty = api.post("/campaigns", json={"name": "x", "channel": "email", "segment": {}, "body": "x"})
    nobody = api.post(
        "/campaigns", json={"name": "x", "channel": "email", "segment": {"tags": [f"none-{uuid.uuid4().hex}"]}, "body": "x"}
    )

    assert (bad.status_code, empty.status_code, nobody.status_code) == (422, 422, 422)
    assert "channel" in bad.json()["errors"] and "segment" in empty.json()["errors"]
    assert api.get(f"/campaigns/{uuid.uuid4()}").status_code == 404


def test_a_location_limited_key_campaigns_only_within_its_own_location(api, suite):
    own = api.post("/locations", json={"name": f"Camp {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()
    other = api.post("/locations", json={"name": f"Camp {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"}).json()
    key = api.post(
        "/api-keys", json={"name": "desk", "scopes": ["messages:read", "messages:write"], "location_ids": [own["id"]]}
    ).json()
    limited = Api(suite.base_url, key["secret"])
    tag = f"loc-{uuid.uuid4().hex[:6]}"
    client = api.post(
        "/clients", json={"first_name": "Loc", "email": f"{tag}@example.com", "tags": [tag], "home_location_id": own["id"]}
    ).json()
    api.put(f"/clients/{client['id']}/notification-preferences", json={"types": {"marketing": True}})

    unplaced = limited.post("/campaigns", json={"name": "x", "channel": "email", "segment": {"tags": [tag]}, "body": "x"})
    elsewhere = limited.post(
        "/campaigns", json={"name": "x", "channel": "email", "body": "x", "segment": {"tags": [tag], "location_id": other["id"]}}
    )
    mine = limited.post(
        "/campaigns", json={"name": "x", "channel": "email", "body": "x", "segment": {"tags": [tag], "location_id": own["id"]}}
    )

    assert (unplaced.status_code, elsewhere.status_code) == (403, 403)
    assert mine.status_code == 201, mine.text
    assert mine.json()["recipients"] == 1
