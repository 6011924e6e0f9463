"""The gateway's background workers (card projector, webhook worker) are probed over HTTP and scraped
(gateway.worker_http) in compose, Kubernetes and `make up`, and declare their queue before consuming."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from tests.deploy.conftest import ROOT, objects, pod_spec

WORKERS = {"card-projector": "gateway.card_projector", "webhook-worker": "gateway.webhook_worker"}


def test_compose_checks_each_workers_readiness_over_http(compose_services):
    for worker in WORKERS:
        service = compose_services[worker]
        assert "http://127.0.0.1:8000/readyz" in " ".join(service["healthcheck"]["test"]), worker
        assert service["environment"]["WORKER_HTTP_PORT"] == "8000", worker


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_kubernetes_probes_and_scrapes_the_workers_over_http(overlays, overlay):
    rendered = overlays[overlay]
    deployments, services = objects(rendered, "Deployment"), objects(rendered, "Service")
    for worker, module in WORKERS.items():
        spec = pod_spec(deployments[worker])
        container = spec["containers"][0]
        assert {"name": "http", "containerPort": 8000} in container["ports"]
        assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
        assert deployments[worker]["spec"]["template"]["metadata"]["annotations"]["prometheus.io/port"] == "8000"
        assert services[worker]["spec"]["ports"][0]["targetPort"] == "http"
        assert services[worker]["spec"]["selector"] == {"app.kubernetes.io/name": worker}
        # the queue exists before the worker consumes, declared with the worker's own settings
        declare = {init["name"]: init for init in spec["initContainers"]}["declare-queues"]
        assert declare["command"] == ["python", "-m", module, "declare-queues"]
        assert declare["env"] == container["env"] and declare["envFrom"] == container["envFrom"]
    policy = objects(rendered, "NetworkPolicy")["workers-http-ingress"]["spec"]
    assert policy["podSelector"] == {"matchLabels": {"app.kubernetes.io/component": "worker"}}
    assert policy["ingress"][0]["ports"] == [{"protocol": "TCP", "port": 8000}]
    assert policy["ingress"][0]["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]


def test_the_monitoring_component_scrapes_the_workers_services():
    monitors = list(yaml.safe_load_all((ROOT / "deploy/k8s/components/monitoring/service-monitors.yaml").read_text()))
    selectors = [monitor["spec"]["selector"]["matchLabels"] for monitor in monitors if monitor]
    assert {"app.kubernetes.io/component": "worker"} in selectors


def test_make_up_gives_every_http_process_its_own_port():
    ports = []
    for line in (ROOT / "Procfile").read_text().splitlines():
        environ = dict(
            word.split("=", 1) for word in shlex.split(line.partition(": ")[2]) if "=" in word and word.split("=")[0].isupper()
        )
        for name in ("WEB_SERVER_ADDRESS", "WORKER_HTTP_PORT"):
            if name in environ:
                ports.append(re.search(r"(\d+)\}?$", environ[name]).group(1))
    assert len(ports) >= 8
    assert len(ports) == len(set(ports)), ports
    assert "8000" not in ports  # the workers' default: `make up` never leans on it
