"""Production's PostgreSQL connection budget, computed from the rendered prod overlay: every Deployment
at its autoscaler's maximum times the pools its pods open (ConfigMap and container settings) must fit
PgBouncer's client limit, and PgBouncer's bounded server side plus the migrations must fit PostgreSQL's
max_connections (README, Connections, shows the same figures)."""

from __future__ import annotations

import configparser
import copy
import re
from collections import Counter
from pathlib import Path

import pytest

from clientcard_kit.settings import PoolSettings
from tests.deploy.conftest import ROOT, objects, pod_spec
from tests.deploy.test_references import with_components

POSTGRES_MAX_CONNECTIONS = 100  # a managed server's default; raise it and this test with it
SUPERUSER_RESERVED = 3  # PostgreSQL's superuser_reserved_connections default
DATABASES = ("profile", "billing", "loyalty", "messaging", "files", "gateway")
DATABASE_OF_URL = re.compile(r"^postgresql\+psycopg://[^@]+@\$\(DATABASE_HOST\):\$\(DATABASE_PORT\)/(\w+)\?")


def settings_of(rendered: list[dict], container: dict) -> dict[str, str]:
    """The container's environment as the pod sees it: its ConfigMaps, then its own literal values."""
    config_maps = objects(rendered, "ConfigMap")
    environ: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            environ.update(config_maps[source["configMapRef"]["name"]]["data"])
    environ.update({env["name"]: env["value"] for env in container.get("env", []) if "value" in env})
    return environ


def max_replicas(rendered: list[dict]) -> dict[str, int]:
    """Each Deployment's most replicas: its HPA's maxReplicas, or (KEDA) its ScaledObject's maxReplicaCount."""
    most = {
        hpa["spec"]["scaleTargetRef"]["name"]: hpa["spec"]["maxReplicas"]
        for hpa in objects(rendered, "HorizontalPodAutoscaler").values()
    }
    most |= {
        scaled["spec"]["scaleTargetRef"]["name"]: scaled["spec"]["maxReplicaCount"]
        for scaled in objects(rendered, "ScaledObject").values()
    }
    return most


def engines_per_pod(name: str, environ: dict[str, str]) -> int:
    """A gunicorn worker is a process with its own pool; a nameko pod runs one service class; the card
    projector is given DATABASE_URL by the gateway's settings but opens no pool (Redis and the broker)."""
    if name == "card-projector":
        return 0
    return int(environ["GATEWAY_WORKERS"]) if name == "gateway" else 1


def pooled_clients(rendered: list[dict]) -> Counter:
    """Client connections per database with every pooled process at its maximum."""
    replicas, clients = max_replicas(rendered), Counter()
    for name, deployment in objects(rendered, "Deployment").items():
        container = pod_spec(deployment)["containers"][0]
        environ = settings_of(rendered, container)
        match = DATABASE_OF_URL.match(environ.get("DATABASE_URL", ""))
        if not match:
            continue  # no database (card projector) or not a Clientcard process
        engines = engines_per_pod(name, environ)
        pods = replicas.get(name, deployment["spec"].get("replicas", 1))
        clients[match.group(1)] += pods * engines * PoolSettings.from_env(environ).most
    return clients


def pgbouncer_settings(rendered: list[dict]) -> configparser.ConfigParser:
    ini = configparser.ConfigParser(inline_comment_prefixes=(";",))
    ini.read_string(objects(rendered, "ConfigMap")["pgbouncer-config"]["data"]["pgbouncer.ini"])
    return ini


def server_sessions(rendered: list[dict]) -> int:
    """What PgBouncer may open on the server at most: per replica, each database's cap."""
    ini = pgbouncer_settings(rendered)["pgbouncer"]
    per_database = int(ini["max_db_connections"])
    assert int(ini["default_pool_size"]) + int(ini["reserve_pool_size"]) <= per_database
    pgbouncer = objects(rendered, "Deployment")["pgbouncer"]
    assert "pgbouncer" not in max_replicas(rendered), "an autoscaled PgBouncer would break the server-side bound"
    return pgbouncer["spec"]["replicas"] * len(DATABASES) * per_database


@pytest.fixture(scope="module")
def prod(overlays):
    return overlays["prod"]


@pytest.fixture(scope="module")
def prod_with_components(tmp_path_factory) -> list[dict]:
    return with_components("prod", Path(tmp_path_factory.mktemp("budget")))


def test_production_points_every_pooled_process_at_pgbouncer_in_transaction_mode(prod):
    config = objects(prod, "ConfigMap")["clientcard-config"]["data"]
    assert (config["DATABASE_HOST"], config["DATABASE_PORT"]) == ("pgbouncer", "6432")
    assert objects(prod, "Service")["pgbouncer"]["spec"]["ports"][0]["port"] == 6432
    ini = pgbouncer_settings(prod)
    assert ini["pgbouncer"]["pool_mode"] == "transaction"
    assert set(ini["databases"]) == set(DATABASES)
    # psycopg's prepared statements survive transaction pooling only where PgBouncer tracks them
    assert int(ini["pgbouncer"]["max_prepared_statements"]) > 0 or config["DB_PREPARE_THRESHOLD"] == "off"
    assert sum(pooled_clients(prod).values()) > 0


def test_migrations_bypass_pgbouncer(prod):
    # alembic's advisory lock is held by its session across transactions: never through the pooler
    for job in objects(prod, "Job").values():
        url = {env["name"]: env.get("value") for env in pod_spec(job)["containers"][0]["env"]}["DATABASE_URL"]
        assert "$(DATABASE_SERVER_HOST):$(DATABASE_SERVER_PORT)" in url, job["metadata"]["name"]
    for deployment in objects(prod, "Deployment").values():
        for init in pod_spec(deployment).get("initContainers", []):
            if init["name"] == "wait-for-migrations":
                url = {env["name"]: env.get("value") for env in init["env"]}["DATABASE_URL"]
                assert "$(DATABASE_SERVER_HOST)" in url, deployment["metadata"]["name"]


@pytest.mark.parametrize("variant", ["prod", "prod_with_components"])
def test_every_pool_at_its_maximum_fits_pgbouncer_and_postgresql(request, variant):
    rendered = request.getfixturevalue(variant)
    clients = pooled_clients(rendered)
    # the README's table (Connections): clients per database at every HPA maximum
    assert clients == {"profile": 40, "billing": 30, "loyalty": 30, "files": 30, "messaging": 122, "gateway": 112}, (
        "update README, Connections, with the new figures"
    )
    assert sum(clients.values()) > POSTGRES_MAX_CONNECTIONS  # why PgBouncer: directly, these would not fit

    ini = pgbouncer_settings(rendered)["pgbouncer"]
    # a Service spreads connections unevenly: one PgBouncer replica must be able to take them all
    assert sum(clients.values()) <= int(ini["max_client_conn"])
    # server side: PgBouncer's bounded sessions, one migration Job per database, the superuser's reserve
    migrations = len([job for job in objects(rendered, "Job").values() if job["metadata"]["name"].endswith("-migrate")])
    assert migrations == len(DATABASES)
    assert server_sessions(rendered) + migrations + SUPERUSER_RESERVED <= POSTGRES_MAX_CONNECTIONS


def test_the_card_projector_opens_no_database_pool():
    sources = (ROOT / "gateway/gateway/card_projector").rglob("*.py")
    assert not [path for path in sources if re.search(r"create_engine|\bdatabase\b", path.read_text())]


def test_the_budget_counts_what_it_should(prod):
    # the counter itself: a count that missed the gateway's workers would pass the budget vacuously
    changed = copy.deepcopy(prod)
    container = pod_spec(objects(changed, "Deployment")["gateway"])["containers"][0]
    container["env"] = [env for env in container.get("env", []) if env["name"] != "GATEWAY_WORKERS"]
    container["env"].append({"name": "GATEWAY_WORKERS", "value": "4"})
    per_worker = PoolSettings.from_env(settings_of(prod, pod_spec(objects(prod, "Deployment")["gateway"])["containers"][0])).most
    assert pooled_clients(changed)["gateway"] - pooled_clients(prod)["gateway"] == 12 * 2 * per_worker
