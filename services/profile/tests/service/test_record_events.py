"""The record's RPCs over a real broker: changes, archives and locations are announced, links are answered."""

import pytest
from nameko.events import event_handler
from nameko.exceptions import RemoteError
from nameko.standalone.rpc import ServiceRpcProxy
from nameko.testing.services import entrypoint_waiter

from clientcard_profile.service import ProfileService


class RecordListener:
    name = "profile_record_test_listener"

    @event_handler("profile", "client_updated")
    def handle_client_updated(self, payload):
        return payload

    @event_handler("profile", "client_archived")
    def handle_client_archived(self, payload):
        return payload

    @event_handler("profile", "client_restored")
    def handle_client_restored(self, payload):
        return payload

    @event_handler("profile", "location_created")
    def handle_location_created(self, payload):
        return payload

    @event_handler("profile", "location_updated")
    def handle_location_updated(self, payload):
        return payload


def _started(container_factory, service_config):
    listener = container_factory(RecordListener, service_config)
    listener.start()
    container_factory(ProfileService, service_config).start()
    return listener


def _wait_for(listener, handler, action, client_id=None):
    """Run `action` and return the first event of this kind about `client_id` (or the first at all)."""

    def about_this_client(worker_ctx, result, exc_info):
        return client_id is None or (result or {}).get("client_id") == client_id

    with entrypoint_waiter(listener, handler, timeout=10, callback=about_this_client) as waiter:
        action()
    return waiter.get()


def test_an_update_announces_the_changed_field_names(container_factory, service_config):
    listener = _started(container_factory, service_config)
    with ServiceRpcProxy("profile", service_config) as profile:
        client = profile.create_client({"first_name": "Eve", "email": "eve@example.com"})
        event = _wait_for(
            listener,
            "handle_client_updated",
            lambda: profile.update_client(client["id"], {"email": "eve@example.org", "tags": ["vip"]}, 1),
            client["id"],
        )

    assert sorted(event["changed"]) == ["email", "tags"]
    assert "eve@example.org" not in str(event)  # ids and field names, not personal data


def test_archive_and_restore_are_announced(container_factory, service_config):
    listener = _started(container_factory, service_config)
    with ServiceRpcProxy("profile", service_config) as profile:
        client = profile.create_client({"first_name": "Archie"})
        archived = _wait_for(listener, "handle_client_archived", lambda: profile.archive_client(client["id"]), client["id"])
        restored = _wait_for(listener, "handle_client_restored", lambda: profile.restore_client(client["id"]), client["id"])

    assert archived["client_id"] == restored["client_id"] == client["id"]


def test_locations_are_announced_when_created_and_changed(container_factory, service_config):
    listener = _started(container_factory, service_config)
    with ServiceRpcProxy("profile", service_config) as profile:
        created = _wait_for(
            listener,
            "handle_location_created",
            lambda: profile.create_location({"name": "Bath", "timezone": "Europe/London"}),
        )
        updated = _wait_for(
            listener,
            "handle_location_updated",
            lambda: profile.update_location(created["location_id"], {"active": False}),
        )

    assert (created["name"], created["timezone"], created["active"]) == ("Bath", "Europe/London", True)
    assert (updated["location_id"], updated["active"]) == (created["location_id"], False)


def test_a_locations_reminder_hour_is_kept_announced_and_bounded(container_factory, service_config):
    listener = _started(container_factory, service_config)
    with ServiceRpcProxy("profile", service_config) as profile:
        created = profile.create_location({"name": "Leeds", "timezone": "Europe/London"})
        updated = _wait_for(
            listener,
            "handle_location_updated",
            lambda: profile.update_location(created["id"], {"reminder_hour": 18}),
        )
        with pytest.raises(RemoteError) as refused:
            profile.update_location(created["id"], {"reminder_hour": 24})
        kept = profile.get_location(created["id"])

    assert created["reminder_hour"] is None  # the chain's default hour until a location sets its own
    assert (updated["location_id"], updated["reminder_hour"]) == (created["id"], 18)
    assert refused.value.exc_type == "LocationInvalid" and "reminder_hour" in refused.value.value
    assert (kept["reminder_hour"], kept["version"]) == (18, 2)


def test_linked_clients_are_answered_from_both_sides(container_factory, service_config):
    _started(container_factory, service_config)
    with ServiceRpcProxy("profile", service_config) as profile:
        parent = profile.create_client({"first_name": "Pam"})
        child = profile.create_client(
            {"first_name": "Kit", "linked_clients": [{"client_id": parent["id"], "relation": "parent"}]}
        )

        assert profile.get_linked_clients(child["id"]) == [{"client_id": parent["id"], "relation": "parent"}]
        assert profile.get_linked_clients(parent["id"]) == [{"client_id": child["id"], "relation": "child"}]
