"""A CRD's openAPIV3Schema (components/*/schemas/<kind>.crd-schema.yaml) as the strict JSON schema the
offline check validates custom resources with, refusing what a cluster would refuse or drop:

- every object with `properties` refuses other fields (`additionalProperties: false`), unless the CRD
  preserves unknown fields there (`x-kubernetes-preserve-unknown-fields`) or says what they hold
  (`additionalProperties`): the API server prunes such fields, and `kubectl apply` (strict field
  validation, its default) refuses them;
- `apiVersion` and `kind` must be the CRD's, and `metadata` is checked as Kubernetes' ObjectMeta
  (the fields a manifest may set), which a CRD's schema leaves to the API server;
- the `x-kubernetes-*` markers, which JSON Schema has no meaning for, are dropped. `anyOf` of integer
  and string stands for int-or-string as in the CRD;
- a pattern's RE2 inline flag group `(?i)` (Go applies it to the rest) is written as the scoped
  group `(?i:...)` that Python's re accepts (check_deploy.sh checks with `--regex-variant python`).

Usage: python strict_crd_schema.py <kind>.crd-schema.yaml > <kind>.json (scripts/check_deploy.sh).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_STRING_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
OBJECT_META = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "generateName": {"type": "string"},
        "namespace": {"type": "string"},
        "labels": _STRING_MAP,
        "annotations": _STRING_MAP,
        "finalizers": {"type": "array", "items": {"type": "string"}},
        "ownerReferences": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "apiVersion": {"type": "string"},
                    "kind": {"type": "string"},
                    "name": {"type": "string"},
                    "uid": {"type": "string"},
                    "controller": {"type": "boolean"},
                    "blockOwnerDeletion": {"type": "boolean"},
                },
                "required": ["apiVersion", "kind", "name", "uid"],
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}


def python_pattern(pattern: str) -> str:
    """RE2's `(?i)` mid-pattern, as Python's re takes it: `^(?i)(abort|warn)?$` -> `^(?i:(abort|warn)?)$`."""
    if "(?i)" not in pattern:
        return pattern
    head, tail = pattern.split("(?i)", 1)
    anchored = tail.endswith("$") and not tail.endswith("\\$")
    return f"{head}(?i:{tail[:-1]})$" if anchored else f"{head}(?i:{tail})"


def strict(node):
    """`node` with unknown fields refused wherever the CRD does not keep them."""
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    preserves_unknown = node.get("x-kubernetes-preserve-unknown-fields") is True
    converted = {key: strict(value) for key, value in node.items() if not key.startswith("x-kubernetes-")}
    if isinstance(node.get("pattern"), str):
        converted["pattern"] = python_pattern(node["pattern"])
    if "properties" in node:
        # `properties` maps field names to schemas: its keys are names, never keywords
        converted["properties"] = {name: strict(schema) for name, schema in node["properties"].items()}
        if not preserves_unknown and "additionalProperties" not in node:
            converted["additionalProperties"] = False
    return converted


def json_schema(crd_schema: dict) -> dict:
    """The strict JSON schema of one `<kind>.crd-schema.yaml` document (kind, apiVersion, openAPIV3Schema)."""
    schema = strict(crd_schema["openAPIV3Schema"])
    schema["properties"]["apiVersion"] = {"const": crd_schema["apiVersion"]}
    schema["properties"]["kind"] = {"const": crd_schema["kind"]}
    schema["properties"]["metadata"] = OBJECT_META
    schema["required"] = sorted({"apiVersion", "kind", "metadata", *schema.get("required", [])})
    return {"$schema": JSON_SCHEMA_DIALECT, "title": crd_schema["kind"], **schema}


def load(path: Path) -> dict:
    return json_schema(yaml.safe_load(path.read_text()))


if __name__ == "__main__":
    json.dump(load(Path(sys.argv[1])), sys.stdout, indent=1)
    sys.stdout.write("\n")
