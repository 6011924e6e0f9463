"""Every consumer's event queues exist before any event is published: the suite's list of queues
matches the services' handlers, and every way of running the suite declares it before a service
starts (make up's setup, each compose service's command, each Kubernetes service's init container)."""

from __future__ import annotations

import pytest

from clientcard_kit.declare_queues import handler_queues, service_classes
from clientcard_kit.event_queues import QUEUES
from tests.deploy.conftest import ROOT, objects, pod_spec

NAMEKO_SERVICES = ("profile", "billing", "loyalty", "messaging", "files")
# everything `make up` runs with nameko (the Procfile), as `nameko run` targets
TARGETS = [f"clientcard_{service}.service" for service in NAMEKO_SERVICES] + ["clientcard_messaging.channels"]
DECLARE = "python -m clientcard_kit.declare_queues --config config.yaml"


def test_the_suites_queues_are_those_its_handlers_consume():
    from_code = {queue for cls in service_classes(TARGETS) for queue in handler_queues(cls, {"AMQP_URI": "amqp://"})}
    missing = sorted(from_code - set(QUEUES), key=repr)
    assert not missing, f"add to clientcard_kit/event_queues.py: {missing}"
    assert set(QUEUES) <= from_code, f"no handler consumes {sorted(set(QUEUES) - from_code, key=repr)}"
    assert len(QUEUES) == len(set(QUEUES))


def test_make_up_declares_every_queue_before_it_starts_anything():
    setup = (ROOT / "scripts/setup_suite.py").read_text()
    assert '"clientcard_kit.declare_queues"' in setup
    assert '"gateway.card_projector", "declare-queues"' in setup and '"gateway.webhook_worker", "declare-queues"' in setup


@pytest.mark.parametrize("service", NAMEKO_SERVICES)
def test_each_compose_service_declares_the_queues_before_it_runs(compose_services, service):
    command = compose_services[service]["command"][-1]
    assert command.startswith(DECLARE + " && "), command
    assert command.index(DECLARE) < command.index("nameko run")


def test_the_compose_gateway_declares_its_workers_queues_before_it_serves(compose_services):
    command = compose_services["gateway"]["command"][-1]
    assert command.index("gateway.card_projector declare-queues") < command.index("gunicorn")
    assert command.index("gateway.webhook_worker declare-queues") < command.index("gunicorn")


@pytest.mark.parametrize("overlay", ["dev", "prod"])
@pytest.mark.parametrize("service", NAMEKO_SERVICES)
def test_each_kubernetes_service_declares_the_queues_in_an_init_container(overlays, overlay, service):
    spec = pod_spec(objects(overlays[overlay], "Deployment")[service])
    declaring = [c for c in spec.get("initContainers", []) if c["name"] == "declare-queues"]
    assert len(declaring) == 1, f"{overlay}: {service} has no declare-queues init container"
    container = declaring[0]
    assert " ".join(container["command"]) == DECLARE
    assert container["image"] == spec["containers"][0]["image"]
    assert {"AMQP_URI", "AMQP_USER", "AMQP_PASSWORD"} <= {env["name"] for env in container["env"]}
