"""Every Secret and ConfigMap key a workload refers to exists, and every credential compose
interpolates is in .env.example: a fresh `up` never stops on a missing key."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.deploy.conftest import ROOT, objects, pod_spec, render

BASE_SECRET = yaml.safe_load((ROOT / "deploy/k8s/base/secret.yaml").read_text())
COMPONENTS = ("monitoring", "keda")


def _walk(node, found: list[tuple[str, str, str]]):
    """(kind, name, key) of every secretKeyRef, configMapKeyRef, envFrom and volume source below `node`."""
    if isinstance(node, dict):
        for field, kind in (("secretKeyRef", "Secret"), ("configMapKeyRef", "ConfigMap")):
            if field in node:
                found.append((kind, node[field]["name"], node[field]["key"]))
        for field, kind in (("secretRef", "Secret"), ("configMapRef", "ConfigMap")):
            if field in node and "name" in node[field]:
                found.append((kind, node[field]["name"], None))
        if "configMap" in node and isinstance(node["configMap"], dict) and "name" in node["configMap"]:
            found.append(("ConfigMap", node["configMap"]["name"], None))
        if "secret" in node and isinstance(node["secret"], dict) and "secretName" in node["secret"]:
            found.append(("Secret", node["secret"]["secretName"], None))
        # Prometheus Operator (authorization.credentials) and KEDA (secretTargetRef) name keys too
        if "credentials" in node and {"name", "key"} <= set(node["credentials"]):
            found.append(("Secret", node["credentials"]["name"], node["credentials"]["key"]))
        for ref in node.get("secretTargetRef", []) if isinstance(node.get("secretTargetRef"), list) else []:
            found.append(("Secret", ref["name"], ref["key"]))
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, list):
        for value in node:
            _walk(value, found)
    return found


def _keys(obj: dict) -> set[str]:
    return set(obj.get("data") or {}) | set(obj.get("stringData") or {})


def with_components(overlay: str, tmp_path: Path) -> list[dict]:
    folder = tmp_path / overlay
    folder.mkdir()
    relative = Path("../" * len(folder.parts[1:])).joinpath(*ROOT.parts[1:])
    (folder / "kustomization.yaml").write_text(
        yaml.safe_dump(
            {
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "resources": [str(relative / "deploy/k8s/overlays" / overlay)],
                "components": [str(relative / "deploy/k8s/components" / name) for name in COMPONENTS],
            }
        )
    )
    return render(folder)


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_every_referenced_secret_and_configmap_key_exists(overlay, tmp_path):
    rendered = with_components(overlay, tmp_path)
    # prod brings its own Secret (the overlay deletes the placeholder one) with the base's keys
    secrets = {**objects(rendered, "Secret")}
    if overlay == "prod":
        assert "clientcard-secrets" not in secrets, "prod must not apply the placeholder Secret"
        secrets["clientcard-secrets"] = BASE_SECRET
    config_maps = objects(rendered, "ConfigMap")
    references = _walk([doc for doc in rendered if doc["kind"] != "Ingress"], [])
    assert len(references) > 50  # the walk found the workloads' references at all
    for kind, name, key in references:
        present = secrets if kind == "Secret" else config_maps
        assert name in present, f"{overlay}: {kind} {name} is referred to but not deployed"
        assert key is None or key in _keys(present[name]), f"{overlay}: {kind} {name} has no key {key}"


def test_every_variable_compose_requires_is_in_env_example():
    compose = (ROOT / "docker-compose.yml").read_text()
    example = {
        line.split("=", 1)[0] for line in (ROOT / ".env.example").read_text().splitlines() if line and not line.startswith("#")
    }
    required = set(re.findall(r"\$\{([A-Z_]+):\?", compose))
    assert {"CLIENTCARD_ADMIN_KEY", "PROFILE_DB_PASSWORD", "RABBITMQ_PASSWORD"} <= required
    assert required <= example, f".env.example lacks {sorted(required - example)}"


def test_compose_keeps_every_credential_in_the_env_file():
    # a literal password in docker-compose.yml is one nobody remembers to change
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name, service in compose["services"].items():
        environment = service.get("environment") or {}
        for variable, value in environment.items():
            if re.search(r"PASSWORD|SECRET|_KEY$|TOKEN", variable) and value not in ("", None):
                assert "${" in str(value), f"{name}: {variable} is written into docker-compose.yml"


def test_every_service_has_its_own_postgresql_and_volume(compose_services):
    for database in ("profile", "billing", "loyalty", "messaging", "files", "gateway"):
        server = compose_services[f"postgres-{database}"]
        assert server["environment"]["POSTGRES_DB"] == database
        assert any(volume["source"] == f"postgres-{database}" for volume in server["volumes"])
        consumer = compose_services[database]
        assert f"@postgres-{database}:5432/{database}" in consumer["environment"]["DATABASE_URL"]


def test_compose_waits_on_health_and_bounds_logs_and_memory(compose_services):
    for name, service in compose_services.items():
        assert service.get("mem_limit"), f"{name} has no memory limit"
        assert service.get("logging", {}).get("options", {}).get("max-size"), f"{name} logs are not rotated"
        if name != "minio-buckets":  # a one-shot job
            assert "healthcheck" in service, f"{name} has no health check"
    for channel in ("messaging-sms", "messaging-email", "messaging-push"):
        assert compose_services[channel]["depends_on"]["messaging"]["condition"] == "service_healthy"
    assert compose_services["files"]["depends_on"]["minio-buckets"]["condition"] == "service_completed_successfully"


def test_the_rendered_overlays_deny_by_default_and_expose_the_gateway_over_tls(overlays):
    for rendered in overlays.values():
        policies = objects(rendered, "NetworkPolicy")
        assert policies["default-deny"]["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
        services_http = policies["services-http-ingress"]["spec"]["ingress"][0]["from"]
        assert {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}} in services_http
        ingress = objects(rendered, "Ingress")["clientcard"]["spec"]
        assert ingress["tls"] and ingress["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"] == "gateway"
        for name, deployment in objects(rendered, "Deployment").items():
            assert "topologySpreadConstraints" in pod_spec(deployment) or name in {"redis", "mailpit"}, name


CUSTOM_KINDS = {
    "ServiceMonitor": "monitoring",
    "PrometheusRule": "monitoring",
    "ScaledObject": "keda",
    "TriggerAuthentication": "keda",
}


def _schema(kind: str) -> dict:
    from tests.deploy.test_crd_schemas import strict_schema  # the upstream CRD schema, made strict

    return strict_schema(kind)


def test_the_optional_components_custom_resources_match_their_committed_crd_schemas(tmp_path):
    custom = [doc for doc in with_components("prod", tmp_path) if doc["kind"] in CUSTOM_KINDS]
    assert {doc["kind"] for doc in custom} == set(CUSTOM_KINDS)
    for doc in custom:
        jsonschema.validate(doc, _schema(doc["kind"]))
    scaled = next(doc for doc in custom if doc["kind"] == "ScaledObject")
    # the schemas are strict: a misspelled field fails instead of being ignored by the operator
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**scaled, "spec": {**scaled["spec"], "maxReplicaCont": 3}}, _schema("ScaledObject"))


def test_keda_replaces_the_channel_hpas_it_would_fight(tmp_path):
    rendered = with_components("prod", tmp_path)
    scaled = {doc["spec"]["scaleTargetRef"]["name"] for doc in rendered if doc["kind"] == "ScaledObject"}
    assert scaled == {"messaging-sms", "messaging-email", "messaging-push"}
    assert not scaled & set(objects(rendered, "HorizontalPodAutoscaler"))
