"""Profile running in a container: imports finish by the timer, merges are announced."""

import base64
import time
import uuid

from nameko.events import event_handler
from nameko.standalone.rpc import ServiceRpcProxy
from nameko.testing.services import entrypoint_waiter

from clientcard_profile.service import ProfileService


class MergeListener:
    name = "profile_merge_listener"

    @event_handler("profile", "client_merged")
    def handle_client_merged(self, payload):
        return payload


def test_a_queued_import_is_processed_by_the_timer(container_factory, service_config):
    container_factory(ProfileService, service_config).start()
    tag = uuid.uuid4().hex[:8]
    content = base64.b64encode(f"First name,Email\nRia,ria-{tag}@example.com\n".encode()).decode()

    with ServiceRpcProxy("profile", service_config) as profile:
        job = profile.start_import(content, "c.csv", False)
        deadline = time.monotonic() + 10
        while (current := profile.get_import(job["id"]))["status"] != "completed" and time.monotonic() < deadline:
            time.sleep(0.2)

    assert current["status"] == "completed"
    assert current["counts"]["created"] == 1


def test_a_merge_is_announced_with_its_id_and_both_clients(container_factory, service_config):
    listener = container_factory(MergeListener, service_config)
    listener.start()
    container_factory(ProfileService, service_config).start()

    with ServiceRpcProxy("profile", service_config) as profile:
        target = profile.create_client({"first_name": "Keep"})
        source = profile.create_client({"first_name": "Drop"})
        with entrypoint_waiter(listener, "handle_client_merged", timeout=10) as waiter:
            result = profile.merge_clients(target["id"], {"source_id": source["id"]})

    event = waiter.get()
    assert event["merge_id"] == result["merge"]["id"]
    assert (event["client_id"], event["source_id"]) == (target["id"], source["id"])
