"""The connection budget holds as configured (`make up` beside `make test` on one PostgreSQL), and the
channel workers are probed and scraped over their HTTP port in compose and in Kubernetes."""

from __future__ import annotations

import inspect
import shlex

import pytest

from clientcard_kit.settings import PoolSettings
from tests.deploy.conftest import ROOT, objects, pod_spec

MAX_CONNECTIONS = 100  # the local server's (`show max_connections`)
RESERVE = 9  # psql, migrations, the test fixtures' own checks (README, Connections)
CHANNELS = ("messaging-sms", "messaging-email", "messaging-push")


def channel_worker_classes() -> int:
    from clientcard_messaging import channel_worker, channels

    return sum(
        1
        for _, cls in inspect.getmembers(channels, inspect.isclass)
        if issubclass(cls, channel_worker.ChannelWorker) and cls is not channel_worker.ChannelWorker
    )


def most(environ: dict) -> int:
    return PoolSettings.from_env(environ).most


def procfile_connections() -> int:
    """Every pool `make up` opens at its maximum: one per nameko service class, one per gunicorn worker."""
    gunicorn_workers = 2  # gateway/gunicorn_conf.py's GATEWAY_WORKERS default
    engines = {
        "profile": 1,
        "billing": 1,
        "loyalty": 1,
        "messaging": 1,
        "files": 1,
        "messaging-channels": channel_worker_classes(),
        "gateway": gunicorn_workers,
        "webhooks": 1,
    }
    total = 0
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(": ")
        environ = dict(word.split("=", 1) for word in shlex.split(command) if "=" in word and word.split("=")[0].isupper())
        total += engines.get(name, 0) * most(environ)
    return total


def test_make_up_and_make_test_fit_together_on_one_server():
    from tests.integration import conftest as suite

    services = sum(1 for process in suite.PROCESSES if process != "messaging_channels")
    make_test = (
        services * most({})
        + channel_worker_classes() * most(suite.CHANNELS_POOL_ENV)
        + most(suite.GATEWAY_POOL_ENV)  # the suite's gateway: one gunicorn worker
        + most(suite.GATEWAY_POOL_ENV)  # the webhook worker
        + 2 * most({"DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "1"})  # the second gateway's two workers
        + 5  # the tests' own checks
    )
    make_up = procfile_connections()
    assert (make_up, make_test) == (43, 48), "update README, Connections, with the new figures"
    assert make_up + make_test <= MAX_CONNECTIONS - RESERVE


def test_every_deployed_process_sets_its_pool(compose_services):
    for name, service in compose_services.items():
        if "DATABASE_URL" in service.get("environment", {}):
            environment = service["environment"]
            assert {"DB_POOL_SIZE", "DB_MAX_OVERFLOW", "DB_POOL_TIMEOUT_S"} <= set(environment), name
            PoolSettings.from_env(environment)  # and they parse


def test_compose_checks_each_channel_workers_readiness_over_http(compose_services):
    for channel in CHANNELS:
        test = " ".join(compose_services[channel]["healthcheck"]["test"])
        assert "http://127.0.0.1:8000/readyz" in test, channel


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_kubernetes_probes_and_scrapes_channel_workers_over_http(overlays, overlay):
    rendered = overlays[overlay]
    deployments, services = objects(rendered, "Deployment"), objects(rendered, "Service")
    for channel in CHANNELS:
        template = deployments[channel]["spec"]["template"]
        container = pod_spec(deployments[channel])["containers"][0]
        assert {"name": "http", "containerPort": 8000} in container["ports"]
        assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert template["metadata"]["annotations"]["prometheus.io/port"] == "8000"
        assert services[channel]["spec"]["ports"][0]["targetPort"] == "http"
    policies = objects(rendered, "NetworkPolicy")
    assert policies["channel-workers-http-ingress"]["spec"]["ingress"][0]["ports"] == [{"protocol": "TCP", "port": 8000}]
