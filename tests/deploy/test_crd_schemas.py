"""The optional components' custom resources are checked against the upstream CRDs' own schemas
(components/*/schemas/<kind>.crd-schema.yaml, pinned and sourced in their headers), made strict as
kubectl would be: a misspelt or misplaced field, a wrong type or a value outside an enum fails
offline, in this test and in scripts/check_deploy.sh, instead of being pruned by the API server."""

from __future__ import annotations

import copy
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.deploy.conftest import ROOT
from tests.deploy.test_references import with_components

COMPONENTS = ROOT / "deploy/k8s/components"
CUSTOM_KINDS = {
    "ServiceMonitor": "monitoring",
    "PrometheusRule": "monitoring",
    "ScaledObject": "keda",
    "TriggerAuthentication": "keda",
}
_spec = importlib.util.spec_from_file_location("strict_crd_schema", COMPONENTS / "strict_crd_schema.py")
strict_crd_schema = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(strict_crd_schema)


def crd_schema_path(kind: str) -> Path:
    return COMPONENTS / CUSTOM_KINDS[kind] / "schemas" / f"{kind.lower()}.crd-schema.yaml"


def strict_schema(kind: str) -> dict:
    return strict_crd_schema.load(crd_schema_path(kind))


def errors(doc: dict) -> list[str]:
    validator = jsonschema.Draft202012Validator(strict_schema(doc["kind"]))
    return [error.message for error in validator.iter_errors(doc)]


@pytest.fixture(scope="module")
def custom_resources(tmp_path_factory) -> dict[str, dict]:
    """One rendered resource of each custom kind (prod with every optional component)."""
    rendered = with_components("prod", Path(tmp_path_factory.mktemp("crds")))
    found = {}
    for doc in rendered:
        if doc["kind"] in CUSTOM_KINDS:
            found.setdefault(doc["kind"], doc)
    assert set(found) == set(CUSTOM_KINDS)
    return found


@pytest.mark.parametrize("kind", sorted(CUSTOM_KINDS))
def test_each_schema_is_a_pinned_upstream_crd_schema(kind):
    text = crd_schema_path(kind).read_text()
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert re.search(r"(prometheus-operator v0\.\d+\.\d+|KEDA 2\.\d+\.\d+)", header), "pin the upstream version"
    assert re.search(r"commit\s+(#\s+)?[0-9a-f]{40}", header) and ".yaml" in header, "say where it came from"
    document = yaml.safe_load(text)
    assert document["kind"] == kind and "openAPIV3Schema" in document


@pytest.mark.parametrize("kind", sorted(CUSTOM_KINDS))
def test_the_rendered_resources_pass(custom_resources, kind):
    assert errors(custom_resources[kind]) == []


def _break(doc: dict, path: str, value, *, key: str | None = None) -> dict:
    """`doc` with `value` set at the dotted `path` (numbers index lists); `key` renames the last field."""
    broken = copy.deepcopy(doc)
    *parents, last = path.split(".")
    node = broken
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if key is not None:
        node[key] = node.pop(last)
    else:
        node[last] = value
    return broken


WRONG = [
    # misspelt fields, each at a different depth
    ("ServiceMonitor", "spec.endpoints.0.interval", None, "intervall"),
    ("ServiceMonitor", "spec.selector.matchLabels", None, "matchLabel"),
    ("PrometheusRule", "spec.groups.0.rules.0.expr", None, "expression"),
    ("ScaledObject", "spec.maxReplicaCount", None, "maxReplicas"),
    ("ScaledObject", "spec.scaleTargetRef.name", None, "deployment"),
    ("TriggerAuthentication", "spec.secretTargetRef.0.parameter", None, "param"),
    ("ServiceMonitor", "metadata.labels", None, "label"),
    # wrong types and values outside the CRD's enums and patterns
    ("ScaledObject", "spec.minReplicaCount", "one", None),
    ("ServiceMonitor", "spec.endpoints.0.scheme", "ftp", None),
    ("ServiceMonitor", "spec.endpoints.0.interval", "30 seconds", None),
    ("PrometheusRule", "spec.groups.0.partial_response_strategy", "ignore", None),
    ("PrometheusRule", "apiVersion", "monitoring.coreos.com/v1beta1", None),
]


@pytest.mark.parametrize(("kind", "path", "value", "key"), WRONG, ids=[f"{k}:{p}" for k, p, _, _ in WRONG])
def test_a_wrong_field_fails(custom_resources, kind, path, value, key):
    assert errors(_break(custom_resources[kind], path, value, key=key))


def test_the_crds_own_case_insensitive_pattern_still_matches(custom_resources):
    # RE2's `(?i)` as Python's re reads it: `WARN` is allowed upstream
    rule = _break(custom_resources["PrometheusRule"], "spec.groups.0.partial_response_strategy", "WARN")
    assert errors(rule) == []


def test_check_deploy_refuses_a_misspelt_field_with_its_own_tools(custom_resources, tmp_path):
    """The exact check scripts/check_deploy.sh runs: the converter, then check-jsonschema."""
    tool = shutil.which("check-jsonschema") or str(Path(ROOT / ".venv/bin/check-jsonschema"))
    schema = tmp_path / "scaledobject.schema.json"
    converted = subprocess.run(
        [
            "python" if shutil.which("python") else "python3",
            str(COMPONENTS / "strict_crd_schema.py"),
            str(crd_schema_path("ScaledObject")),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    schema.write_text(converted.stdout)
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(yaml.safe_dump(custom_resources["ScaledObject"]))
    bad.write_text(yaml.safe_dump(_break(custom_resources["ScaledObject"], "spec.pollingInterval", None, key="pollInterval")))
    check = [tool, "--regex-variant", "python", "--schemafile", str(schema)]
    assert subprocess.run([*check, str(good)], capture_output=True).returncode == 0
    refused = subprocess.run([*check, str(bad)], capture_output=True, text=True)
    assert refused.returncode != 0 and "pollInterval" in refused.stdout
