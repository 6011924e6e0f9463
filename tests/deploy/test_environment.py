"""Every environment variable the code reads is set for every process that reads it, in compose
and in each Kubernetes overlay, and every process the suite runs is deployed in both."""

from __future__ import annotations

import importlib
import re

import pytest

from tests.deploy.conftest import ROOT, objects, pod_spec

# deployed process -> the package whose settings it reads
PROCESSES = {
    "profile": "profile",
    "billing": "billing",
    "loyalty": "loyalty",
    "messaging": "messaging",
    "files": "files",
    "messaging-sms": "messaging",
    "messaging-email": "messaging",
    "messaging-push": "messaging",
    "gateway": "gateway",
    "card-projector": "gateway",
    "webhook-worker": "gateway",
}
# read by the code, left unset on purpose by a deployment
UNSET_ON_PURPOSE = {
    "POSTGRES_BASE_URL",  # only the local default's server; deployments give DATABASE_URL
    "FILES_HTTP_URL",  # unset, each files replica gives the gateway its own container address
    "PROMETHEUS_MULTIPROC_DIR",  # unset, gunicorn_conf makes a fresh directory for each master
}
LITERAL_READ = re.compile(r"""(?:environ(?:\.get)?\(\s*|environ\[\s*|getenv\(\s*)["']([A-Z][A-Z0-9_]+)["']""")
CONFIG_READ = re.compile(r"\$\{([A-Z][A-Z0-9_]+)")


class RecordingEnviron(dict):
    """An empty environment that remembers every name asked of it, however the settings ask."""

    def __init__(self):
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return default

    def __getitem__(self, key):
        self.asked.add(key)
        raise KeyError(key)

    def __contains__(self, key):
        self.asked.add(key)
        return False


def _package(component: str):
    if component == "gateway":
        return ROOT / "gateway/gateway", "gateway.settings", None
    return (
        ROOT / f"services/{component}/clientcard_{component}",
        f"clientcard_{component}.settings",
        ROOT / f"services/{component}/config.yaml",
    )


def variables_read(component: str) -> set[str]:
    folder, settings_module, nameko_config = _package(component)
    environ = RecordingEnviron()
    importlib.import_module(settings_module).Settings.from_env(environ)
    names = set(environ.asked)
    kit = ROOT / "libs/clientcard_kit/clientcard_kit"
    sources = [*folder.rglob("*.py"), *(p for p in kit.rglob("*.py") if "testing" not in p.parts)]
    for source in sources:
        names |= set(LITERAL_READ.findall(source.read_text()))
    if nameko_config is not None:
        names |= set(CONFIG_READ.findall(nameko_config.read_text()))
    return names - UNSET_ON_PURPOSE


def k8s_environment(rendered: list[dict], workload: dict) -> set[str]:
    container = pod_spec(workload)["containers"][0]
    names = {env["name"] for env in container.get("env", [])}
    config_maps = objects(rendered, "ConfigMap")
    for source in container.get("envFrom", []):
        names |= set(config_maps[source["configMapRef"]["name"]]["data"])
    return names


def test_the_settings_reader_sees_the_variables_of_every_package():
    # the detector itself: if it found nothing, every test below would pass vacuously
    assert {"DATABASE_URL", "AMQP_URI", "CLIENTCARD_ENV", "SMS_PROVIDER"} <= variables_read("messaging")
    assert {"REDIS_URL", "CLIENTCARD_ADMIN_KEY", "GATEWAY_WORKERS", "CARD_CACHE_PREFIX"} <= variables_read("gateway")


@pytest.mark.parametrize("process", sorted(PROCESSES))
def test_compose_sets_every_variable_its_process_reads(compose_services, process):
    assert process in compose_services, f"{process} is not deployed by docker-compose.yml"
    missing = variables_read(PROCESSES[process]) - set(compose_services[process].get("environment", {}))
    assert not missing, f"docker-compose.yml leaves {sorted(missing)} unset for {process}"


@pytest.mark.parametrize("overlay", ["dev", "prod"])
@pytest.mark.parametrize("process", sorted(PROCESSES))
def test_kubernetes_sets_every_variable_its_process_reads(overlays, overlay, process):
    rendered = overlays[overlay]
    deployments = objects(rendered, "Deployment")
    assert process in deployments, f"{overlay} deploys no {process}"
    missing = variables_read(PROCESSES[process]) - k8s_environment(rendered, deployments[process])
    assert not missing, f"{overlay}: {process} leaves {sorted(missing)} unset"


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_every_database_has_a_migration_job_and_no_replica_migrates(overlays, overlay):
    rendered = overlays[overlay]
    jobs = objects(rendered, "Job")
    for database in ("profile", "billing", "loyalty", "messaging", "files", "gateway"):
        command = pod_spec(jobs[f"{database}-migrate"])["containers"][0]["command"]
        assert command == ["alembic", "-c", "alembic.ini", "upgrade", "head"]
    for name, deployment in objects(rendered, "Deployment").items():
        for container in pod_spec(deployment).get("initContainers", []) + pod_spec(deployment)["containers"]:
            assert "upgrade" not in " ".join(container.get("command", [])), f"{name} migrates on every replica"


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_every_clientcard_workload_has_probes_an_hpa_and_a_disruption_budget(overlays, overlay):
    rendered = overlays[overlay]
    hpas, budgets = objects(rendered, "HorizontalPodAutoscaler"), objects(rendered, "PodDisruptionBudget")
    for process in PROCESSES:
        container = pod_spec(objects(rendered, "Deployment")[process])["containers"][0]
        assert "readinessProbe" in container and "startupProbe" in container, process
        assert process in hpas and process in budgets, process
